/** The typed send helper for the message contract in core/messages.ts. */
import type { MessageRequest, MessageResponse, MessageType } from '@/core/messages';

/** Sends a message to the background and returns its typed response. Rejects when the background refuses it. */
export async function sendMessage<T extends MessageType>(type: T, request: MessageRequest<T>): Promise<MessageResponse<T>> {
  return (await browser.runtime.sendMessage({ ...request, type })) as MessageResponse<T>;
}
