import type { ObjectNode } from "./ast.js";
import { MObject } from "./tree.js";
export declare function buildTree(root: ObjectNode): MObject;
