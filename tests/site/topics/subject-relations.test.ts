import { describe, expect, it } from 'vitest';
import { relateSubjects } from '../../../src/utils/topics/subject-relations.ts';

describe('relateSubjects', () => {
  it('relates a formulation to every topic one of whose terms (either script, any punctuation) its key holds; a topic’s most used first', () => {
    const topics = [['医共体', '「縣域醫共體」'], ['一岗双责'], ['心理健康']];
    const formulations = [
      { key: '县域医共体', reports: 3 },
      { key: '紧密型县域医共体', reports: 9 },
      { key: '一岗双责', reports: 5 },
      { key: '三重一大', reports: 7 },
    ];
    expect(relateSubjects(topics, formulations)).toEqual({
      formulationsOfTopic: [[1, 0], [2], []],
      topicsOfFormulation: [[0], [0], [1], []],
    });
  });
});
