/**
 * Typed events leaf components dispatch. They bubble and are composed so the root component hears them;
 * the root turns them into actor events. Leaf components never import XState or SCORM.
 */

/** Where a learner can ask to go: the session decides whether the journey allows it. */
export type NavigateTo =
  | 'next'
  | 'back'
  | 'start'
  | 'quiz'
  | 'results'
  | 'finish'
  | 'retry'
  | 'next-module'
  | 'exit-to-menu'
  /** the knowledge check's content note: go on to the questions, or not now */
  | 'note-continue'
  | 'note-pause';

export class NavigateEvent extends Event {
  static readonly type = 'imh-navigate';
  constructor(readonly detail: { to: NavigateTo } | { to: 'page'; pageId: string }) {
    super(NavigateEvent.type, { bubbles: true, composed: true });
  }
}

export class ResponseChangeEvent extends Event {
  static readonly type = 'imh-response-change';
  constructor(readonly detail: { response: string[] }) {
    super(ResponseChangeEvent.type, { bubbles: true, composed: true });
  }
}

export class AnswerSubmitEvent extends Event {
  static readonly type = 'imh-answer-submit';
  constructor() {
    super(AnswerSubmitEvent.type, { bubbles: true, composed: true });
  }
}

export class NextQuestionEvent extends Event {
  static readonly type = 'imh-next-question';
  constructor() {
    super(NextQuestionEvent.type, { bubbles: true, composed: true });
  }
}

export class PracticeAnswerEvent extends Event {
  static readonly type = 'imh-practice-answer';
  constructor(readonly detail: { activityId: string; optionId: string }) {
    super(PracticeAnswerEvent.type, { bubbles: true, composed: true });
  }
}

/** The learner made a choice in a branching scenario (or restarted it): the choices taken so far. */
export class ScenarioProgressEvent extends Event {
  static readonly type = 'imh-scenario-progress';
  constructor(readonly detail: { scenarioId: string; path: string }) {
    super(ScenarioProgressEvent.type, { bubbles: true, composed: true });
  }
}

export type ToolName = 'support' | 'glossary' | 'references';

/** The learner asked for one of the course tools (support, glossary, references). */
export class ToolRequestEvent extends Event {
  static readonly type = 'imh-tool-request';
  constructor(readonly detail: { tool: ToolName }) {
    super(ToolRequestEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [NavigateEvent.type]: NavigateEvent;
    [ResponseChangeEvent.type]: ResponseChangeEvent;
    [AnswerSubmitEvent.type]: AnswerSubmitEvent;
    [NextQuestionEvent.type]: NextQuestionEvent;
    [PracticeAnswerEvent.type]: PracticeAnswerEvent;
    [ScenarioProgressEvent.type]: ScenarioProgressEvent;
    [ToolRequestEvent.type]: ToolRequestEvent;
  }
}
