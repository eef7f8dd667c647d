/**
 * The parts of chart.js the site uses, registered once. Imported only dynamically (by
 * `renderCharts`), so chart.js stays out of every page's initial JavaScript and is tree-shaken.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  LineController,
  BarController,
  LineElement,
  PointElement,
  BarElement,
  LinearScale,
  CategoryScale,
  Legend,
  Tooltip,
);

export { Chart };
