export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  budget: number | null;
  pass: boolean | null;
}
export declare function judge(
  name: string,
  value: number,
  unit: string,
  budget: number | null,
): BenchRow;
export declare function formatTable(rows: BenchRow[]): string;
