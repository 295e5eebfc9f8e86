import { type CSSProperties, useEffect, useRef } from 'react';
import { type EChartsCoreOption, echarts } from '../echarts.js';

interface EChartProps {
  option: EChartsCoreOption;
  height?: number;
  style?: CSSProperties;
  /** Called with the clicked data item's name, and which series and data index it is (e.g. to drill down). */
  onClickItem?: (name: string, at: { seriesIndex: number; dataIndex: number }) => void;
}

/** A chart drawn with echarts/core: init once, setOption on change, resize with its box, dispose on unmount. */
export function EChart({ option, height = 260, style, onClickItem }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClickItem) return;
    const handler = (p: { name?: string; seriesIndex?: number; dataIndex?: number }) => {
      if (p.name) onClickItem(p.name, { seriesIndex: p.seriesIndex ?? 0, dataIndex: p.dataIndex ?? 0 });
    };
    instance.on('click', handler);
    return () => {
      instance.off('click', handler);
    };
  }, [onClickItem]);

  return <div ref={box} style={{ width: '100%', height, ...style }} />;
}
