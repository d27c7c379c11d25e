// Every endpoint the test server implements, by `service.action`.
import { authHandlers } from "./auth.js";
import { groupHandlers } from "./groups.js";
import { storageHandlers } from "./storage.js";
import type { HandlerTable } from "./types.js";
import { userBatchHandlers, userHandlers } from "./users.js";
import { vaultHandlers } from "./vaults.js";

export const handlers: HandlerTable = {
  json: new Map([...authHandlers, ...userHandlers, ...groupHandlers, ...vaultHandlers, ...storageHandlers]),
  batch: new Map([...userBatchHandlers]),
};
