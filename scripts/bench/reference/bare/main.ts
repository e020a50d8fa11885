import { drawFlatMap } from '../flat-map';

const container = document.getElementById('map');
if (!container) throw new Error('no #map element');
drawFlatMap(container);
