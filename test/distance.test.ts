import { expect } from '@open-wc/testing';
import { distanceKm, validPoint } from '../src/components/guichet-finder/distance.js';

describe('distance (haversine)', () => {
  for (const [name, a, b, km] of [
    ['the same point', { lat: 50.717, lon: 4.601 }, { lat: 50.717, lon: 4.601 }, 0],
    ['Wavre → Nivelles (about 23 km: 13.2 km north–south, 19.3 km east–west)', { lat: 50.717, lon: 4.601 }, { lat: 50.598, lon: 4.328 }, 23.35],
    ['one degree of latitude', { lat: 50, lon: 4 }, { lat: 51, lon: 4 }, 111.2],
    ['Brussels → Paris', { lat: 50.8467, lon: 4.3525 }, { lat: 48.8567, lon: 2.3508 }, 264],
    ['antipodes (half the circumference)', { lat: 0, lon: 0 }, { lat: 0, lon: 180 }, 20015.1],
  ] as const) {
    it(name, () => {
      expect(distanceKm(a, b)).to.be.closeTo(km, Math.max(0.01, km * 0.005));
      expect(distanceKm(b, a), 'symmetric').to.be.closeTo(distanceKm(a, b), 1e-9);
    });
  }
  it('valid points: finite, in range, not the 0,0 placeholder', () => {
    expect(validPoint({ lat: 50.7, lon: 4.6 })).to.equal(true);
    expect(validPoint({ lat: 0, lon: 0 })).to.equal(false);
    expect(validPoint({ lat: 91, lon: 4 })).to.equal(false);
    expect(validPoint({ lat: 50, lon: -181 })).to.equal(false);
    expect(validPoint({ lat: NaN, lon: 4 })).to.equal(false);
    expect(validPoint(undefined)).to.equal(false);
    expect(validPoint({ lat: 50 })).to.equal(false);
  });
});
