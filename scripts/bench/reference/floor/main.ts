// The byte floor: the bare map plus React and ReactDOM rendering the element that holds it.
// Whatever the app loads beyond this before `map-ready` is its own code and its other libraries.

import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { drawFlatMap } from '../flat-map';

function FlatMap() {
  return createElement('div', {
    ref: (element: HTMLDivElement | null) => {
      if (element) drawFlatMap(element);
    },
  });
}

const root = document.getElementById('root');
if (!root) throw new Error('no #root element');
createRoot(root).render(createElement(FlatMap));
