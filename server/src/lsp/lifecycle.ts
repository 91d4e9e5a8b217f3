/**
 * The LSP lifecycle, held before any handler sees a message: until `initialize`, requests get
 * ServerNotInitialized and notifications are dropped (except `exit`); after `shutdown`,
 * requests get InvalidRequest and notifications other than `exit` are dropped.
 * vscode-languageserver does none of this: it answered hovers and analysed opened documents
 * before initialize, and kept answering after shutdown.
 *
 * A message strategy can only pass a message on or drop it; a refused request still needs a
 * response with its id, so it is passed on renamed to a method whose handler refuses it.
 */
import { ErrorCodes, Message, ResponseError, type Connection, type MessageStrategy } from 'vscode-languageserver';

const REFUSED_BEFORE_INITIALIZE = 'corroborate/internal/refusedBeforeInitialize';
const REFUSED_AFTER_SHUTDOWN = 'corroborate/internal/refusedAfterShutdown';

export class LifecycleGate {
  private phase: 'new' | 'running' | 'shutDown' = 'new';

  /** For createConnection's options: sees every incoming message first. */
  readonly messageStrategy: MessageStrategy = {
    handleMessage: (message, next) => {
      const refusal = this.refusal(message);
      if (refusal === undefined) next(message);
      else if (refusal !== 'drop') next({ ...message, method: refusal } as Message);
    },
  };

  /** Answers the requests the gate refused, each with its error. */
  answerRefusals(connection: Connection): void {
    connection.onRequest(REFUSED_BEFORE_INITIALIZE, () => {
      throw new ResponseError(ErrorCodes.ServerNotInitialized, 'The server is not initialized yet: send initialize first.');
    });
    connection.onRequest(REFUSED_AFTER_SHUTDOWN, () => {
      throw new ResponseError(ErrorCodes.InvalidRequest, 'The server is shutting down: only exit is accepted.');
    });
  }

  /** Undefined to pass the message on, 'drop' to drop it, or the method that refuses it. */
  private refusal(message: Message): string | 'drop' | undefined {
    // Responses to the server's own requests, and exit, always pass.
    if (Message.isResponse(message)) return undefined;
    const method = (message as { method?: unknown }).method;
    if (method === 'exit') return undefined;
    const request = Message.isRequest(message);
    if (this.phase === 'new') {
      if (method !== 'initialize') return request ? REFUSED_BEFORE_INITIALIZE : 'drop';
      this.phase = 'running';
      return undefined;
    }
    if (this.phase === 'shutDown') return request ? REFUSED_AFTER_SHUTDOWN : 'drop';
    if (method === 'shutdown') this.phase = 'shutDown';
    return undefined;
  }
}
