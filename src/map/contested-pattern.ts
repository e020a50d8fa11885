// A diagonal hatch drawn once into pixels, so `contested` reads without colour.

export function contestedPatternImage(size = 16): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const onStripe = (x + y) % (size / 2) < 2.5;
      const i = (y * size + x) * 4;
      // Dark stripes over the contested colour; the gaps stay transparent.
      data[i] = 60;
      data[i + 1] = 40;
      data[i + 2] = 10;
      data[i + 3] = onStripe ? 200 : 0;
    }
  }
  return { width: size, height: size, data };
}
