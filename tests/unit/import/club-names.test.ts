import { ClubResolver } from '../../../src/services/import/club-resolver';
import { clubKey, designatorsCompatible, slug } from '../../../src/services/import/names';

describe('club names', () => {
  it('folds case, accents, punctuation and spacing', () => {
    expect(clubKey('Cercle Brugge ').full).toBe('cercle brugge');
    expect(clubKey('Standard Liège').full).toBe(clubKey('Standard Liege').full);
    expect(clubKey('R. Standard de Liège').core).toBe('standard de liege');
  });

  it('strips designators in front and at the end, and keeps what tells clubs apart', () => {
    expect(clubKey('KRC Genk')).toEqual({ full: 'krc genk', core: 'genk', designators: ['krc'] });
    expect(clubKey('Royal Antwerp FC')).toEqual({ full: 'royal antwerp fc', core: 'antwerp', designators: ['fc', 'royal'] });
    expect(clubKey('Club Brugge KV').core).toBe('club brugge');
    expect(clubKey('Cercle Brugge').core).toBe('cercle brugge');
    expect(clubKey('KV').core).toBeNull();
  });

  it('treats designators as compatible only when one set holds the other', () => {
    expect(designatorsCompatible(['krc'], [])).toBe(true);
    expect(designatorsCompatible(['royal'], ['fc', 'royal'])).toBe(true);
    expect(designatorsCompatible(['kv'], ['rc'])).toBe(false);
    expect(designatorsCompatible(['kaa'], ['krc'])).toBe(false);
  });

  it('makes ASCII slugs for ids', () => {
    expect(slug('Standard Liège')).toBe('standard-liege');
    expect(slug('1. FC Köln')).toBe('1-fc-koln');
    expect(slug('Beşiktaş')).toBe('besiktas');
  });
});

describe('club resolver', () => {
  const resolver = () => {
    const r = new ClubResolver();
    r.addAnchor({ id: 'club:kv-mechelen', name: 'KV Mechelen', names: ['Mechelen', 'KVM'], country: 'BE', existing: true, curated: true });
    r.addAnchor({ id: 'club:krc-genk', name: 'KRC Genk', names: ['Racing Genk'], country: 'BE', existing: true, curated: true });
    r.addAnchor({ id: 'club:kaa-gent', name: 'KAA Gent', names: ['AA Gent', 'Gent'], country: 'BE', existing: true, curated: true });
    return r;
  };

  it('merges a spelling with the club whose name it is once designators are set aside', () => {
    const r = resolver();
    r.addName('Genk', 'BE', 'dealing', 2006);
    r.addName('Royal Antwerp FC', 'BE', 'covered', 2019);
    r.addName('Royal Antwerp', 'BE', 'dealing', 2019);
    r.linkCores();
    expect(r.resolve('Genk', 'BE')?.id).toBe('club:krc-genk');
    expect(r.resolve('Royal Antwerp', 'BE')?.id).toBe(r.resolve('Royal Antwerp FC', 'BE')?.id);
    expect(r.resolve('Royal Antwerp FC', 'BE')?.id).toBe('club:royal-antwerp-fc');
  });

  it('keeps real near misses from the data apart: RC Mechelen, KRC Gent, KSV/KRC Waregem', () => {
    const r = resolver();
    for (const n of ['RC Mechelen', 'KRC Gent', 'KSV Waregem', 'KRC Waregem']) r.addName(n, 'BE', 'dealing', 2000);
    r.linkCores();
    expect(r.resolve('RC Mechelen', 'BE')?.id).not.toBe('club:kv-mechelen');
    expect(r.resolve('KRC Gent', 'BE')?.id).not.toBe('club:kaa-gent');
    expect(r.resolve('KSV Waregem', 'BE')?.id).not.toBe(r.resolve('KRC Waregem', 'BE')?.id);
    expect(r.notes.some((n) => n.kind === 'club-kept-apart' && n.names?.includes('RC Mechelen'))).toBe(true);
  });

  it('never merges two known clubs, whatever evidence links them', () => {
    const r = resolver();
    const a = r.addName('KV Mechelen', 'BE', 'covered', 2010)!;
    const b = r.addName('KRC Genk', 'BE', 'dealing', 2010)!;
    expect(r.linkPair(b, a, 12)).toBe(false);
    expect(r.resolve('KRC Genk', 'BE')?.id).toBe('club:krc-genk');
    expect(r.resolve('KV Mechelen', 'BE')?.id).toBe('club:kv-mechelen');
  });

  it('tells clubs of the same name in different countries apart', () => {
    const r = new ClubResolver();
    r.addName('Nacional', 'PT', 'dealing', 2000);
    r.addName('Nacional', 'UY', 'dealing', 2000);
    const ids = [r.resolve('Nacional', 'PT')!.id, r.resolve('Nacional', 'UY')!.id];
    expect(new Set(ids).size).toBe(2);
    expect(ids).toContain('club:nacional');
  });
});
