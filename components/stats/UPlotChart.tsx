import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import type { ChartOptions } from './chart-options';

interface Props {
  /** Read once, when the chart is built. */
  options: () => ChartOptions;
  data: uPlot.AlignedData;
  height: number;
  /** Short description for assistive technology; the full numbers are in the figure's table. */
  label: string;
}

/**
 * One uPlot chart, built once per mount. New data goes through setData, and only when it differs
 * from what is drawn: the live query re-emits on every stored sighting, mostly with the same figures,
 * and rebuilding a chart (canvas, legend, listeners) for that would flicker and waste time.
 */
export function UPlotChart({ options, data, height, label }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const drawn = useRef('');

  useEffect(() => {
    const el = host.current;
    if (!el) return undefined;
    const u = new uPlot({ ...options(), width: Math.max(280, el.clientWidth), height }, data, el);
    plot.current = u;
    drawn.current = JSON.stringify(data);
    const resize = new ResizeObserver(() => {
      const width = el.clientWidth;
      if (width > 0 && Math.abs(width - u.width) > 1) u.setSize({ width, height });
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      u.destroy();
      plot.current = null;
    };
  }, []);

  useEffect(() => {
    const signature = JSON.stringify(data);
    if (plot.current && signature !== drawn.current) {
      drawn.current = signature;
      plot.current.setData(data);
    }
  }, [data]);

  return <div class="chart" ref={host} role="img" aria-label={label} />;
}
