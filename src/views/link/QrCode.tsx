import { encode } from 'uqr';

/** A QR code as one SVG path, drawn from its module matrix (no markup injected). */
export function QrCode({
  text,
  label,
  size = 180,
}: {
  text: string;
  label: string;
  size?: number;
}) {
  const { data } = encode(text, { border: 2 });
  const cells = data.length;
  let path = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    });
  });
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${cells} ${cells}`}
      shapeRendering="crispEdges"
    >
      <rect width={cells} height={cells} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
