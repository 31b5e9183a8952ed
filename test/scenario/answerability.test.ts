/** The rule "can the plan answer this incident type", case by case. */
import { describe, expect, it } from 'vitest';
import type { ResponderKindName } from '../../src/model/responder-kinds.js';
import { answerGap } from '../../src/scenario/answerability.js';

const offer = (mostOfficersOnDuty: number, ...kinds: ResponderKindName[]) => ({
  mostOfficersOnDuty,
  reaches: (kind: ResponderKindName) => kinds.includes(kind),
});

describe('answerGap', () => {
  it('needs the officers a type asks for on duty at once, from the start or after escalation', () => {
    const fight = { officers: 2, escalatedOfficers: 0, handlers: ['officer'] as const };
    expect(answerGap(fight, offer(2, 'officer'))).toBeUndefined();
    expect(answerGap(fight, offer(1, 'officer'))).toEqual({
      gap: 'too-few-officers',
      needed: 2,
      escalated: false,
    });
    const lost = { officers: 0, escalatedOfficers: 3, handlers: ['platform'] as const };
    expect(answerGap(lost, offer(2, 'officer', 'platform'))).toEqual({
      gap: 'too-few-officers',
      needed: 3,
      escalated: true,
    });
  });

  it('needs an officer unit that can get there when officers may be needed', () => {
    const lost = { officers: 0, escalatedOfficers: 1, handlers: ['platform'] as const };
    expect(answerGap(lost, offer(2, 'platform'))).toEqual({ gap: 'no-officer-reaches' });
    expect(answerGap(lost, offer(2, 'platform', 'officer'))).toBeUndefined();
  });

  it('needs one of the handlers for a type needing no officers; officers alone do not do', () => {
    const lost = { officers: 0, escalatedOfficers: 0, handlers: ['platform', 'patrol'] as const };
    expect(answerGap(lost, offer(4, 'officer'))).toEqual({ gap: 'no-handler-reaches' });
    expect(answerGap(lost, offer(0, 'patrol'))).toBeUndefined();
  });

  it('does not ask for a handler when the type needs officers from the start', () => {
    const theft = { officers: 1, escalatedOfficers: 0, handlers: ['platform'] as const };
    expect(answerGap(theft, offer(1, 'officer'))).toBeUndefined();
  });
});
