/**
 * Round 42 (issue 12, engineer "military2"): military events in wire and defence-desk copy — a
 * group that goes by a name and claims an attack, a claim that opens the sentence telling the
 * strike (its day is the claim's, not the attack's), a strike told again ("Iranian missiles hit
 * the base", "The strike, which wounded …"), a strike with a date before its noun ("the Oct. 25
 * drone attack on …"), sites a body uses, "the strikes" after an operation, warnings in modal
 * form ("will not hesitate to respond", "would weigh every option", "hold Tehran “fully
 * responsible”") and whom they are about, a reported past clause's day. Each test is on
 * sentences of our own, not from the round's texts.
 */
import { draft, find } from './helpers';

type D = ReturnType<typeof draft>;
const events = (d: D) => d.entities.filter((e) => e.label === 'Event');
const strike = (d: D, name: RegExp) => events(d).find((e) => name.test(e.name));
const named = (d: D, name: RegExp) => d.entities.find((e) => name.test(e.name));

describe('round 42: who claimed an attack', () => {
  it('"an armed group calling itself X claimed the attack": X is a body and took part', () => {
    const d = draft(
      'A rocket attack on a U.S. supply depot near Basra in Iraq on Monday wounded two American soldiers, the U.S. military said. ' +
        'An armed group calling itself Liwa al-Thar claimed the attack on Tuesday.',
      '2026-09-02',
    );
    const ev = strike(d, /Basra/);
    const group = named(d, /Liwa al-Thar/);
    expect(ev).toBeDefined();
    expect(group?.label).toBe('Organization');
    expect(find(d, 'PARTICIPATED_IN', group!.id, ev!.id)).toHaveLength(1);
  });

  it('"a militia known as X claimed responsibility on Saturday for a drone attack on … two days earlier": X took part, on the attack\'s day', () => {
    const d = draft(
      'A militia known as the Harakat al-Nujaba Brigade claimed responsibility on Saturday for a drone attack on a U.S. convoy near Erbil two days earlier.',
      '2026-09-05',
    );
    const ev = strike(d, /Erbil/);
    const group = named(d, /Harakat al-Nujaba/);
    expect(ev).toBeDefined();
    expect(group).toBeDefined();
    const took = find(d, 'PARTICIPATED_IN', group!.id, ev!.id);
    expect(took).toHaveLength(1);
    // Saturday 09-05 is the claim's day; the attack was two days earlier.
    expect(took[0]!.date).toBe('2026-09-03');
  });

  it('"a militia known as X said it would attack …": no claim, no participant', () => {
    const d = draft(
      'A rocket attack on a U.S. supply depot near Basra in Iraq on Monday wounded two American soldiers, the U.S. military said. ' +
        'A militia known as Liwa al-Thar said it would keep firing at American bases.',
      '2026-09-02',
    );
    const group = named(d, /Liwa al-Thar/);
    const ev = strike(d, /Basra/)!;
    expect(group ? find(d, 'PARTICIPATED_IN', group.id, ev.id) : []).toEqual([]);
  });
});

describe('round 42: a strike told again', () => {
  it('"Iranian missiles hit the base …" after "the attack on X air base": Iran took part', () => {
    const d = draft(
      "Officials gave new details on Friday's missile attack on Balad air base in Iraq. " +
        'Iranian cruise missiles hit the base shortly after midnight.',
      '2026-09-12',
    );
    const ev = strike(d, /Balad/);
    expect(ev).toBeDefined();
    expect(find(d, 'PARTICIPATED_IN', 'iran', ev!.id)).toHaveLength(1);
  });

  it('"The strike, which wounded five U.S. service members, …": the strike hit the U.S. military', () => {
    const d = draft(
      "Officials gave new details on Friday's missile attack on Balad air base in Iraq. " +
        'The strike, which wounded five U.S. service members, was the first on the base this year.',
      '2026-09-12',
    );
    const ev = strike(d, /Balad/);
    expect(ev).toBeDefined();
    expect(find(d, 'ATTACKED', ev!.id, 'us-military')).toHaveLength(1);
  });

  it('"The strike, which killed three farmers, …": nothing about the U.S. military', () => {
    const d = draft(
      "Officials gave new details on Friday's missile attack on Balad air base in Iraq. " +
        'The strike, which killed three farmers, was the first on the base this year.',
      '2026-09-12',
    );
    const ev = strike(d, /Balad/)!;
    expect(find(d, 'ATTACKED', ev.id, 'us-military')).toEqual([]);
  });

  it('"the Sept. 3 attack on Camp X" after "the strike on Camp X": one strike, not two', () => {
    const d = draft(
      'A congressman said the strike on Camp Lemonnier "had all the marks of outside help." ' +
        'Pentagon officials said the Sept. 3 attack on Camp Lemonnier, which wounded two U.S. sailors, was under review.',
      '2026-09-10',
    );
    const all = events(d).filter((e) => /Lemonnier/.test(e.name));
    expect(all).toHaveLength(1);
    expect(find(d, 'ATTACKED', all[0]!.id, 'us-military')).toHaveLength(1);
  });
});

describe('round 42: a strike with its date before the noun', () => {
  it('"answered the Oct. 25 drone attack on a U.S. outpost near Hasakah, Syria": a strike of that day', () => {
    const d = draft(
      'The Pentagon said the raids answered the Oct. 25 drone attack on a U.S. outpost near Hasakah, Syria, which wounded three American soldiers.',
      '2026-10-30',
    );
    const ev = strike(d, /Hasakah/);
    expect(ev).toBeDefined();
    const hit = find(d, 'ATTACKED', ev!.id, 'us-military');
    expect(hit).toHaveLength(1);
    expect(hit[0]!.date).toBe('2026-10-25');
  });
});

describe('round 42: what the strikes hit, and "the strikes" after an operation', () => {
  it('"struck sites in eastern Syria used by Iran\'s Revolutionary Guards": the Guards, not Syria', () => {
    const d = draft(
      "American jets struck four sites in eastern Syria used by Iran's Revolutionary Guards on Sunday, officials said.",
      '2026-09-21',
    );
    const ev = events(d).find((e) => /Syria/.test(e.name));
    const guards = named(d, /Revolutionary Guard/);
    expect(ev).toBeDefined();
    expect(find(d, 'ATTACKED', ev!.id, guards!.id)).toHaveLength(1);
    expect(find(d, 'ATTACKED', ev!.id, 'syria')).toEqual([]);
  });

  it('"condemned the strikes as …" after an operation and a drone attack: the operation and its author', () => {
    const d = draft(
      'U.S. Central Command said American aircraft had struck three sites in western Iraq, in an operation it called Operation Granite Shield. ' +
        'The raids answered the Oct. 2 drone attack on a U.S. outpost near Rutba, Iraq, which wounded two American soldiers, it said. ' +
        'Tehran condemned the strikes as "an open act of aggression."',
      '2026-10-05',
    );
    const op = named(d, /Granite Shield/);
    expect(op).toBeDefined();
    const said = d.relationships.filter((r) => r.type === 'SAID' && r.from === 'iran');
    expect(said.map((r) => r.to)).toEqual([op!.id]);
    expect(find(d, 'CRITICIZED', 'iran', 'united-states')).toHaveLength(1);
  });
});

describe('round 42: warnings in modal form', () => {
  it('"the United States “will not hesitate to respond”": a warning to the other country named, and its words are about it', () => {
    const d = draft(
      'A Pentagon spokesman, Carl Mendes, said on Tuesday that Iran should understand that the United States "will not hesitate to respond."',
      '2026-09-16',
    );
    const p = named(d, /Carl Mendes/)!;
    expect(find(d, 'WARNED', p.id, 'iran')).toHaveLength(1);
    expect(find(d, 'SAID', p.id).map((r) => r.to)).toEqual(['iran']);
  });

  it('"had not hesitated to respond" in the past: no warning', () => {
    const d = draft(
      'A Pentagon spokesman, Carl Mendes, said on Tuesday that the United States had not hesitated to respond to Iran in June.',
      '2026-09-16',
    );
    const p = named(d, /Carl Mendes/)!;
    expect(find(d, 'WARNED', p.id)).toEqual([]);
  });

  it('"would weigh every option" if Moscow …: a warning to Russia, and the words are about Russia', () => {
    const d = draft(
      'State Department spokeswoman Julia Brandt said the administration "would weigh every option" if Moscow were found to be passing targeting data to Tehran.',
      '2026-09-16',
    );
    const p = named(d, /Julia Brandt/)!;
    expect(find(d, 'WARNED', p.id, 'russia')).toHaveLength(1);
    expect(find(d, 'SAID', p.id).map((r) => r.to)).toEqual(['russia']);
  });

  it('"would weigh every option in answering Moscow": the one answered', () => {
    const d = draft(
      'Deputy Secretary of State Hal Prentice told reporters that Washington "would weigh every option" in answering Moscow.',
      '2026-09-16',
    );
    const p = named(d, /Hal Prentice/)!;
    expect(find(d, 'WARNED', p.id, 'russia')).toHaveLength(1);
  });

  it('"would hold Tehran “fully responsible”": a warning to Iran', () => {
    const d = draft(
      'A National Security Council spokesman, Ray Okafor, said on Monday that Washington would hold Tehran "fully responsible" for attacks by groups it arms.',
      '2026-09-16',
    );
    const p = named(d, /Ray Okafor/)!;
    expect(find(d, 'WARNED', p.id, 'iran')).toHaveLength(1);
  });
});

describe('round 42: the day of a reported past clause', () => {
  it('"said he had met X in Y on Thursday": a later undated quote is not of Thursday', () => {
    const d = draft(
      'Envoy Mark Tallis said he had met Igor Volkov in Doha on Thursday. ' +
        'Asked whether sanctions were coming, Tallis said: "We are ready for anything."',
      '2026-11-15',
    );
    const p = named(d, /Mark Tallis/)!;
    const said = find(d, 'SAID', p.id).filter((r) => /ready for anything/.test(r.quote ?? ''));
    expect(said).toHaveLength(1);
    expect(said[0]!.date).not.toBe('2026-11-12');
  });
});

describe('round 42: the claim told by anonymous officials to an outlet', () => {
  it('"had shared satellite imagery of Saudi and American bases with Tehran": Russia shared with Iran', () => {
    const d = draft(
      'Officials said on Monday that Russia had shared satellite imagery of Saudi and American bases with Tehran over the summer.',
      '2026-09-14',
    );
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
  });

  it('"officials, speaking on condition of anonymity …, told The Associated Press that …": the agency reported the claim', () => {
    const d = draft(
      'Three U.S. officials, speaking on condition of anonymity to discuss classified matters, told The Associated Press that Russia had passed drone targeting data to Iran.',
      '2026-09-14',
    );
    expect(
      find(d, 'REPORTED', 'associated-press', 'russia-iran-intelligence-sharing'),
    ).toHaveLength(1);
  });
});

describe('round 42: the group speaks of its attack', () => {
  const text =
    'A group calling itself the Free Men of the Coast claimed responsibility on Friday for a drone attack on a U.S. Navy oiler in the Gulf of Aden. ' +
    '"We struck the American oiler because America occupies our sea," the group said in a statement.';

  it('"…," the group said: the body introduced as "a group calling itself X" is the speaker', () => {
    const d = draft(text, '2026-09-19');
    const group = named(d, /Free Men/);
    expect(group).toBeDefined();
    expect(find(d, 'SAID', group!.id)).toHaveLength(1);
  });

  it('"We struck …" from the claimer: about the attack it claimed', () => {
    const d = draft(text, '2026-09-19');
    const group = named(d, /Free Men/)!;
    const ev = strike(d, /Gulf of Aden/);
    expect(ev).toBeDefined();
    expect(find(d, 'SAID', group.id).map((r) => r.to)).toEqual([ev!.id]);
  });

  it('"the group said" with two groups introduced: nobody', () => {
    const d = draft(
      'A group calling itself Saraya al-Nasr and a militia known as Liwa al-Haqq both claimed the attack on Camp Buehring. ' +
        '"We will strike again," the group said.',
      '2026-09-19',
    );
    const said = d.relationships.filter(
      (r) => r.type === 'SAID' && /strike again/.test(r.quote ?? ''),
    );
    expect(said).toEqual([]);
  });
});
