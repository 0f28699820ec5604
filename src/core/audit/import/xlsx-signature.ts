/** Whether bytes start like a zip archive (`PK\x03\x04`), which an XLSX is; apart from xlsx.ts so that
 * detection does not load exceljs. */
export function looksLikeXlsx(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}
