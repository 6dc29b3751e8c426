import { Group, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { bands, groupedBars, labelEvery, scale, valueAxis } from './chart-geometry.ts';

/**
 * Two small SVG charts for the statistics page, drawn by hand instead of with a chart library (recharts and its d3
 * and lodash parts were about 100 kB gzip of the page's 124). Colours are Mantine's CSS variables, so they follow the
 * theme and dark mode. Each chart is one `role="img"` named by a summary; the figures are in the table beside it.
 */

export interface ChartSeries {
  label: string;
  /** A CSS colour, e.g. `var(--mantine-color-blue-6)`. */
  color: string;
  /** One value per category, in the categories' order. */
  values: number[];
}

const FONT_SIZE = 12;
/** The thickest a bar gets, however few categories there are. */
const MAX_BAR = 48;
/** Roughly the width of one character at FONT_SIZE, for spacing labels without measuring text. */
const CHAR_WIDTH = 7;
/** The width the SVG is drawn for until the element has been measured (and in tests without layout). */
const FALLBACK_WIDTH = 720;
const axisText = { fill: 'var(--mantine-color-dimmed)', fontSize: FONT_SIZE } as const;
const gridLine = { stroke: 'var(--mantine-color-default-border)', strokeWidth: 1 } as const;

const maxOf = (values: number[]) => values.reduce((m, v) => (v > m ? v : m), 0);

/**
 * The SVG's coordinate system is the element's measured width in pixels, so text stays 12 px on a phone and on a wide
 * screen alike; `width: 100%` with the viewBox keeps it fitted while a resize is being measured.
 */
function useChartWidth() {
  const { ref, width } = useElementSize<HTMLDivElement>();
  return { ref, width: width > 0 ? Math.round(width) : FALLBACK_WIDTH };
}

function Legend({ items }: { items: { label: string; color: string; line?: boolean }[] }) {
  // The SVG's name already lists the series; the legend is for the eye.
  return (
    <Group gap="md" justify="flex-end" aria-hidden="true" mb={4}>
      {items.map((item) => (
        <Group key={item.label} gap={6} wrap="nowrap">
          <span style={{ display: 'inline-block', width: 12, height: item.line ? 3 : 12, borderRadius: 2, background: item.color }} />
          <Text size="xs">{item.label}</Text>
        </Group>
      ))}
    </Group>
  );
}

/**
 * Vertical bars per category (series side by side), and optionally a line on its own axis to the right.
 */
export function ColumnChart({
  categories,
  bars,
  line,
  height = 240,
  label,
  format,
  lineFormat = format,
}: {
  categories: string[];
  bars: ChartSeries[];
  line?: ChartSeries;
  height?: number;
  /** The accessible name: what the chart shows and its main figures. */
  label: string;
  format: (value: number) => string;
  lineFormat?: (value: number) => string;
}) {
  const { ref, width } = useChartWidth();
  const axis = valueAxis(maxOf(bars.flatMap((s) => s.values)));
  const lineAxis = line ? valueAxis(maxOf(line.values), { maxTicks: axis.ticks.length - 1 }) : undefined;
  const tickWidth = (labels: string[]) => Math.max(...labels.map((l) => l.length)) * CHAR_WIDTH + 8;
  const left = tickWidth(axis.ticks.map(format));
  const right = lineAxis ? tickWidth(lineAxis.ticks.map(lineFormat)) : 8;
  const top = 8;
  const bottom = FONT_SIZE + 12;
  const plotWidth = Math.max(width - left - right, 1);
  const plotHeight = height - top - bottom;
  const baseline = top + plotHeight;
  const slots = bands(categories.length, plotWidth, left);
  const every = labelEvery(slots[0]?.size ?? 0, tickWidth(categories));
  const y = (value: number, max: number) => baseline - scale(value, max, plotHeight);

  return (
    <div ref={ref}>
      <Legend items={[...bars, ...(line ? [{ ...line, line: true }] : [])]} />
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        height={height}
        style={{ display: 'block', overflow: 'visible' }}
      >
        {axis.ticks.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={left + plotWidth} y1={y(tick, axis.max)} y2={y(tick, axis.max)} style={gridLine} />
            <text x={left - 6} y={y(tick, axis.max)} textAnchor="end" dominantBaseline="middle" style={axisText}>
              {format(tick)}
            </text>
          </g>
        ))}
        {lineAxis?.ticks.map((tick) => (
          <text key={tick} x={left + plotWidth + 6} y={y(tick, lineAxis.max)} dominantBaseline="middle" style={axisText}>
            {lineFormat(tick)}
          </text>
        ))}
        {slots.map((slot, i) => (
          <g key={categories[i]}>
            {groupedBars(slot, bars.length, 0.3, MAX_BAR).map((bar, s) => {
              const series = bars[s]!;
              const value = series.values[i] ?? 0;
              const barTop = y(value, axis.max);
              return (
                <rect
                  key={series.label}
                  x={bar.start + 1}
                  width={Math.max(bar.size - 2, 1)}
                  y={barTop}
                  height={baseline - barTop}
                  rx={2}
                  style={{ fill: series.color }}
                >
                  <title>{`${categories[i]}: ${series.label} ${format(value)}`}</title>
                </rect>
              );
            })}
            {i % every === 0 && (
              <text x={slot.center} y={baseline + 6} textAnchor="middle" dominantBaseline="hanging" style={axisText}>
                {categories[i]}
              </text>
            )}
          </g>
        ))}
        {line && lineAxis && (
          <g>
            <polyline
              points={slots.map((slot, i) => `${slot.center},${y(line.values[i] ?? 0, lineAxis.max)}`).join(' ')}
              style={{ fill: 'none', stroke: line.color, strokeWidth: 2, strokeLinejoin: 'round' }}
            />
            {slots.map((slot, i) => (
              <circle
                key={categories[i]}
                cx={slot.center}
                cy={y(line.values[i] ?? 0, lineAxis.max)}
                r={3.5}
                style={{ fill: 'var(--mantine-color-body)', stroke: line.color, strokeWidth: 2 }}
              >
                <title>{`${categories[i]}: ${line.label} ${lineFormat(line.values[i] ?? 0)}`}</title>
              </circle>
            ))}
          </g>
        )}
        <line x1={left} x2={left + plotWidth} y1={baseline} y2={baseline} style={{ ...gridLine, stroke: 'var(--mantine-color-dimmed)' }} />
      </svg>
    </div>
  );
}

const ROW_HEIGHT = 32;

/** One horizontal bar per category, the category's name to the left and its value at the end of the bar. */
export function BarListChart({
  categories,
  series,
  label,
  format,
}: {
  categories: string[];
  series: ChartSeries;
  label: string;
  format: (value: number) => string;
}) {
  const { ref, width } = useChartWidth();
  const axis = valueAxis(maxOf(series.values), { integer: true });
  const labelChars = Math.max(8, Math.floor(Math.min(200, width * 0.35) / CHAR_WIDTH));
  const shown = categories.map((c) => (c.length > labelChars ? `${c.slice(0, labelChars - 1)}…` : c));
  const left = Math.max(...shown.map((c) => c.length)) * CHAR_WIDTH + 12;
  // Room for the value written after the longest bar.
  const right = format(axis.max).length * CHAR_WIDTH + 12;
  const top = 4;
  const bottom = FONT_SIZE + 12;
  const plotWidth = Math.max(width - left - right, 1);
  const height = top + categories.length * ROW_HEIGHT + bottom;
  const baseline = top + categories.length * ROW_HEIGHT;
  const rows = bands(categories.length, categories.length * ROW_HEIGHT, top);
  const x = (value: number) => left + scale(value, axis.max, plotWidth);

  return (
    <div ref={ref}>
      <Legend items={[series]} />
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        height={height}
        style={{ display: 'block', overflow: 'visible' }}
      >
        {axis.ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={top} y2={baseline} style={gridLine} />
            <text x={x(tick)} y={baseline + 6} textAnchor="middle" dominantBaseline="hanging" style={axisText}>
              {format(tick)}
            </text>
          </g>
        ))}
        {rows.map((row, i) => {
          const value = series.values[i] ?? 0;
          const bar = groupedBars(row, 1, 0.3, MAX_BAR)[0]!;
          return (
            <g key={categories[i]}>
              <text
                x={left - 8}
                y={row.center}
                textAnchor="end"
                dominantBaseline="middle"
                style={{ ...axisText, fill: 'var(--mantine-color-text)' }}
              >
                {shown[i]}
              </text>
              <rect
                x={left}
                width={Math.max(x(value) - left, value > 0 ? 1 : 0)}
                y={bar.start}
                height={bar.size}
                rx={2}
                style={{ fill: series.color }}
              >
                <title>{`${categories[i]}: ${format(value)}`}</title>
              </rect>
              <text x={x(value) + 6} y={row.center} dominantBaseline="middle" style={{ ...axisText, fill: 'var(--mantine-color-text)' }}>
                {format(value)}
              </text>
            </g>
          );
        })}
        <line x1={left} x2={left} y1={top} y2={baseline} style={{ ...gridLine, stroke: 'var(--mantine-color-dimmed)' }} />
      </svg>
    </div>
  );
}
