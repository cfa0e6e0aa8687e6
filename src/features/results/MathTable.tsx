export interface MathTableProps {
  /** Names the table for a screen reader, and its scrolling region. */
  label: string;
  columns: string[];
  rows: { key: string | number; cells: string[] }[];
}

/** A table of the working; the first cell of a row heads it. */
export function MathTable({ label, columns, rows }: MathTableProps) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      <table className="figure-table" aria-label={label}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, cells: [head, ...cells] }) => (
            <tr key={key}>
              <th scope="row">{head}</th>
              {cells.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
