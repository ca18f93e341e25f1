// Reads the one file of a multipart upload into memory, within a byte limit. The JSON
// body parser never sees multipart requests, so upload routes (the household registry, the
// follow-ups) bring this one.
import busboy from "busboy";
import type { Request, Router } from "express";
import { AppError } from "../lib/app-error.ts";

export interface UploadedFile {
  filename: string;
  mimeType: string;
  data: Buffer;
}

const invalid = (message: string, path: (string | number)[] = ["body", "file"]) =>
  new AppError("VALIDATION_FAILED", message, { issues: [{ path, message }] });

/**
 * Before an upload route's spec: a JSON body there is the wrong media type (415 from
 * readUploadedFile), not a body the route refuses as unexpected.
 */
export function ignoreJsonBodyOn(router: Router, path: string): void {
  router.post(path, (req, _res, next) => {
    if (!req.is("multipart/form-data")) req.body = undefined;
    next();
  });
}

export function readUploadedFile(req: Request, options: { field: string; maxBytes: number }): Promise<UploadedFile> {
  if (!req.is("multipart/form-data")) {
    return Promise.reject(new AppError("UNSUPPORTED_MEDIA_TYPE", "请以 multipart/form-data 上传文件（字段名 file）"));
  }
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { fileSize: options.maxBytes, files: 1, fields: 0, parts: 2 } });
    } catch {
      reject(invalid("multipart 请求格式不正确"));
      return;
    }
    let file: UploadedFile | null = null;
    let failure: AppError | null = null;
    const fail = (error: AppError) => {
      failure ??= error;
    };

    parser.on("file", (name, stream, info) => {
      if (name !== options.field || file) {
        fail(invalid(`只接受一个名为 ${options.field} 的文件字段`, ["body", name]));
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => {
        if (!failure) chunks.push(chunk);
      });
      // Keep draining past the limit, so the client reads our 413 instead of a reset.
      stream.on("limit", () => fail(new AppError("PAYLOAD_TOO_LARGE", `文件超过 ${Math.round(options.maxBytes / 1048576)} MiB 上限`)));
      stream.on("end", () => {
        file = { filename: info.filename ?? "", mimeType: info.mimeType, data: Buffer.concat(chunks) };
      });
    });
    parser.on("field", (name) => fail(invalid("此接口只接受文件字段", ["body", name])));
    parser.on("filesLimit", () => fail(invalid("一次只能上传一个文件")));
    parser.on("partsLimit", () => fail(invalid("请求包含过多字段")));
    parser.on("fieldsLimit", () => fail(invalid("此接口只接受文件字段")));
    parser.on("error", () => reject(failure ?? invalid("multipart 请求格式不正确")));
    parser.on("close", () => {
      if (failure) return reject(failure);
      if (!file) return reject(invalid(`缺少文件字段 ${options.field}`));
      if (file.data.length === 0) return reject(invalid("文件为空"));
      resolve(file);
    });
    req.on("aborted", () => reject(invalid("上传被中断")));
    req.pipe(parser);
  });
}
