/** opencc-js publishes each dictionary as a module (`opencc-js/dict/<Name>`) without type declarations. */
declare module 'opencc-js/dict/*' {
  /** Entries `source replacement`, separated by `|`. */
  const dictionary: string;
  export default dictionary;
}
