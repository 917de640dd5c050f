/** Placeholder replaced below. */
export async function measureIndexScale(count: number, dist: string): Promise<void> {
  throw new Error(`not yet: ${count} ${dist}`);
}
