import type { EvidenceEntry } from './index-workbook.js';

export interface ReadmeInput {
  caseNumber: string;
  orgUnitName: string;
  generatedAt: string;
  generatedBy: string;
  files: { entry: EvidenceEntry; sha256: string; sizeBytes: number }[];
}

/** SHA256SUMS.txt in the format `sha256sum -c` reads: "<hash>  <path>" per line. */
export function sha256SumsText(files: ReadmeInput['files']): string {
  return files.map((f) => `${f.sha256}  ${f.entry.path}\n`).join('');
}

/**
 * README.txt: what the archive holds and how a reviewer checks, without the system, that each evidence file
 * is the one recorded (全过程记录, 国办发〔2018〕118号). CRLF line ends so Windows Notepad shows it too.
 */
export function readmeText(input: ReadmeInput): string {
  const lines = [
    `行政执法案件全过程记录档案`,
    ``,
    `案件编号：${input.caseNumber}`,
    `执法主体：${input.orgUnitName}`,
    `生成时间：${input.generatedAt}`,
    `生成人：${input.generatedBy}`,
    `证据文件：${input.files.length} 个`,
    ``,
    `一、档案内容`,
    `  index.xlsx        档案索引，共五个工作表：`,
    `                    案件信息 —— 立案、告知、听证、审核、决定、送达、执行、结案及公示情况；`,
    `                    办理步骤 —— 每一个程序步骤的时间、办理人和登记内容；`,
    `                    证据清单 —— 每个证据文件的名称、类型、说明、收集日期、SHA-256 值、大小和在本压缩包内的路径；`,
    `                    法制审核 —— 重大执法决定法制审核的提交、审核人、结论和意见；`,
    `                    审计记录 —— 本案在系统审计链中的全部事件及其哈希值。`,
    `  evidence/         证据文件原件（按证据清单的序号命名，内容与系统中保存的文件逐字节相同）。`,
    `  SHA256SUMS.txt    全部证据文件的 SHA-256 值，每行“哈希值  文件路径”。`,
    `  README.txt        本说明。`,
    ``,
    `二、如何核对证据文件未被改动`,
    `  每个证据文件在上传时即按内容计算 SHA-256 值并登记在案。重新计算文件的 SHA-256 值，`,
    `  与“证据清单”工作表中同一序号的 SHA-256 值（或 SHA256SUMS.txt 中的值）比对，完全一致即说明文件未被改动。`,
    ``,
    `  Linux：解压后在本目录执行`,
    `      sha256sum -c SHA256SUMS.txt`,
    `    每个文件显示“成功”或“OK”即为一致；也可逐个执行 sha256sum evidence/01-文件名。`,
    `  macOS：在本目录执行`,
    `      shasum -a 256 -c SHA256SUMS.txt`,
    `  Windows：在命令提示符中执行`,
    `      certutil -hashfile "evidence\\01-文件名" SHA256`,
    `    或在 PowerShell 中执行  Get-FileHash "evidence\\01-文件名" -Algorithm SHA256`,
    `    （Windows 显示的字母可能为大写，比对时不区分大小写。）`,
    ``,
    `三、审计记录的哈希值`,
    `  “审计记录”工作表中的哈希值是系统审计链的 SM3 值：每个事件的哈希值包含前一事件的哈希值，`,
    `  任何事件被改动或删除都会使其后的链条断裂。审计链的完整性由系统校验（命令：fazhi audit verify），`,
    `  本档案中的序号和哈希值可与系统中的审计链逐条比对。`,
    ``,
    `四、个人信息`,
    `  自然人当事人的身份证件号码已按规定部分隐去；证据文件为原件，请按个人信息保护的要求妥善保管本档案。`,
    ``,
    `五、证据文件清单`,
    ...input.files.map((f) => `  ${f.entry.path}    ${f.sizeBytes} 字节    SHA-256 ${f.sha256}`),
    ``,
  ];
  return lines.join('\r\n');
}
