// Judging and printing bench figures. Pure, so the pass/fail logic is unit-tested.

/**
 * @param {string} name
 * @param {number} value
 * @param {string} unit
 * @param {number | null} budget  null: recorded for reference, no budget of its own
 */
export function judge(name, value, unit, budget) {
  return { name, value, unit, budget, pass: budget === null ? null : value <= budget };
}

const show = (value, unit) => {
  const rounded = Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(1);
  return unit ? `${rounded} ${unit}` : rounded;
};

/** A Markdown table: readable in a terminal and in docs/PERFORMANCE.md alike. */
export function formatTable(rows) {
  const lines = ['| what | measured | budget | result |', '| --- | ---: | ---: | --- |'];
  for (const row of rows) {
    const budget = row.budget === null ? '–' : `≤ ${show(row.budget, row.unit)}`;
    const result = row.pass === null ? 'recorded' : row.pass ? 'pass' : '**OVER**';
    lines.push(`| ${row.name} | ${show(row.value, row.unit)} | ${budget} | ${result} |`);
  }
  return lines.join('\n');
}
