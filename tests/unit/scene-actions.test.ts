import { describe, expect, it } from 'vitest';
import { sceneActions } from '../../src/state/sceneActions';

describe('the running scene’s actions', () => {
  it('reaches every listener of the action taken, and none once it stops listening', () => {
    const heard: string[] = [];
    const stopA = sceneActions.on('answered', () => heard.push('a'));
    const stopB = sceneActions.on('answered', () => heard.push('b'));
    const stopOther = sceneActions.on('other', () => heard.push('other'));
    sceneActions.take('answered');
    expect(heard).toEqual(['a', 'b']);
    stopA();
    sceneActions.take('answered');
    expect(heard).toEqual(['a', 'b', 'b']);
    stopB();
    stopOther();
    sceneActions.take('answered');
    sceneActions.take('nobody listens to this');
    expect(heard).toEqual(['a', 'b', 'b']);
  });
});
