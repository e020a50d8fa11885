import { describe, expect, it } from 'vitest';
import { shareCamera, type Camera, type CameraMap } from './shared-camera';

/** A map with a camera and 'move' listeners, as MapLibre's: jumpTo fires 'move' synchronously. */
class FakeMap implements CameraMap {
  camera: Camera;
  listeners = new Set<() => void>();
  jumps = 0;
  constructor(lng: number, zoom: number) {
    this.camera = { center: { lng, lat: 34 }, zoom, bearing: 0, pitch: 0 };
  }
  getCenter = () => this.camera.center;
  getZoom = () => this.camera.zoom;
  getBearing = () => this.camera.bearing;
  getPitch = () => this.camera.pitch;
  jumpTo(camera: Camera) {
    this.jumps += 1;
    this.camera = { ...camera };
    this.fire();
  }
  on(_: 'move', listener: () => void) {
    this.listeners.add(listener);
  }
  off(_: 'move', listener: () => void) {
    this.listeners.delete(listener);
  }
  /** A reader's pan or zoom. */
  move(lng: number, zoom: number) {
    this.camera = { ...this.camera, center: { lng, lat: this.camera.center.lat }, zoom };
    this.fire();
  }
  fire() {
    for (const listener of [...this.listeners]) listener();
  }
}

describe('shareCamera', () => {
  it('gives the others the leader’s camera at once', () => {
    const [a, b] = [new FakeMap(66, 5), new FakeMap(70, 4)];
    shareCamera([a, b]);
    expect(b.camera).toEqual(a.camera);
  });

  it.each([
    { name: 'a move in the first map moves the second', mover: 0 },
    { name: 'a move in the second map moves the first', mover: 1 },
  ])('$name, once, with no echo', ({ mover }) => {
    const maps = [new FakeMap(66, 5), new FakeMap(66, 5)];
    shareCamera(maps);
    for (const map of maps) map.jumps = 0;
    maps[mover]!.move(68.4, 7);
    const other = maps[1 - mover]!;
    expect(other.camera.center.lng).toBe(68.4);
    expect(other.camera.zoom).toBe(7);
    expect(other.jumps).toBe(1);
    expect(maps[mover]!.jumps).toBe(0);
  });

  it('stops following once ended', () => {
    const [a, b] = [new FakeMap(66, 5), new FakeMap(66, 5)];
    const end = shareCamera([a, b]);
    end();
    a.move(60, 8);
    expect(b.camera.zoom).toBe(5);
    expect(a.listeners.size + b.listeners.size).toBe(0);
  });

  it.each([
    { name: 'no maps', maps: () => [] },
    { name: 'one map', maps: () => [new FakeMap(66, 5)] },
    {
      name: 'the same map twice',
      maps: () => {
        const map = new FakeMap(66, 5);
        return [map, map];
      },
    },
  ])('bad input, $name: shares nothing and ends cleanly', ({ maps }) => {
    const list = maps();
    const end = shareCamera(list);
    for (const map of list) expect(map.listeners.size).toBe(0);
    expect(end).not.toThrow();
  });

  it('a listener that throws does not leave the maps stuck following', () => {
    const [a, b] = [new FakeMap(66, 5), new FakeMap(66, 5)];
    shareCamera([a, b]);
    const jump = b.jumpTo.bind(b);
    b.jumpTo = () => {
      throw new Error('context lost');
    };
    expect(() => a.move(61, 6)).toThrow('context lost');
    b.jumpTo = jump;
    a.move(62, 6);
    expect(b.camera.center.lng).toBe(62);
  });
});
