import { useMemo } from 'react';
import { qrPath } from '../lib/qr';

export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, d } = useMemo(() => qrPath(text), [text]);
  const quiet = 4;
  return (
    <svg
      className="qr"
      role="img"
      aria-label={label}
      data-text={text}
      viewBox={`${-quiet} ${-quiet} ${size + quiet * 2} ${size + quiet * 2}`}
      shapeRendering="crispEdges"
    >
      <rect x={-quiet} y={-quiet} width={size + quiet * 2} height={size + quiet * 2} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
