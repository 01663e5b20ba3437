/** A worker thread of `duty check`: reviews its share of the files and posts the rows back. */
import { parentPort, workerData } from "node:worker_threads";
import { reviewFiles, type ReviewRequest } from "./review-files.ts";

parentPort?.postMessage(reviewFiles(workerData as ReviewRequest));
