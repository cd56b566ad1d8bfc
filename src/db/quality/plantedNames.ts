// Realistic French customer names with planted near-duplicates (typos, accents, case, swapped order),
// for the fuzzy-duplicate tests and benchmark: the planted pairs are the truth to score against.
import { createRandom, type Random } from '../../analysis/random';

const FIRST = [
  'Jean', 'Marie', 'Pierre', 'Michel', 'André', 'Philippe', 'Nathalie', 'Isabelle', 'Sylvie', 'Catherine', 'Françoise', 'Martine',
  'Christine', 'Monique', 'Alain', 'Bernard', 'Jacques', 'Daniel', 'Patrick', 'Nicolas', 'Christophe', 'Stéphane', 'Sébastien',
  'Julien', 'Thomas', 'Camille', 'Léa', 'Manon', 'Chloé', 'Emma', 'Inès', 'Sarah', 'Laura', 'Julie', 'Pauline', 'Mathilde',
  'Hugo', 'Lucas', 'Louis', 'Nathan', 'Gabriel', 'Arthur', 'Raphaël', 'Théo', 'Maxime', 'Antoine', 'Alexandre', 'Quentin',
  'Élodie', 'Aurélie', 'Céline', 'Sandrine', 'Valérie', 'Véronique', 'Hélène', 'Brigitte', 'Josiane', 'Odile', 'Gérard', 'René',
  'Yves', 'Henri', 'Guy', 'Claude', 'Dominique', 'Pascal', 'Thierry', 'Frédéric', 'Olivier', 'Laurent', 'Éric', 'Didier',
  'Agathe', 'Clémence', 'Margaux', 'Océane', 'Anaïs', 'Justine', 'Marion', 'Lucie', 'Zoé', 'Jade', 'Louise', 'Alice',
  'Benoît', 'Cédric', 'Damien', 'Fabien', 'Grégoire', 'Jérôme', 'Loïc', 'Mathieu', 'Romain', 'Vincent', 'Xavier', 'Yannick',
];
const LAST = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent',
  'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Lefebvre',
  'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc',
  'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas', 'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez',
  'Fontaine', 'Chevalier', 'Robin', 'Masson', 'Sanchez', 'Gérard', 'Nguyen', 'Boyer', 'Denis', 'Lemaire', 'Duval', 'Joly',
  'Gautier', 'Roger', 'Roche', 'Roy', 'Noël', 'Meyer', 'Lucas', 'Meunier', 'Jean', 'Perez', 'Marchand', 'Dufour', 'Blanchard',
  'Marie', 'Barbier', 'Brun', 'Dumas', 'Brunet', 'Schmitt', 'Leroux', 'Colin', 'Fernandez', 'Pierre', 'Renard', 'Arnaud',
  'Rolland', 'Caron', 'Aubert', 'Giraud', 'Leclerc', 'Vidal', 'Bourgeois', 'Renaud', 'Lemoine', 'Picard', 'Gaillard', 'Philippe',
  'Leclercq', 'Lacroix', 'Fabre', 'Dupuis', 'Olivier', 'Rodriguez', 'Da Silva', 'Hubert', 'Louis', 'Charles', 'Guillot',
  'Rivière', 'Le Gall', 'Guillaume', 'Adam', 'Rey', 'Moulin', 'Gonzalez', 'Berger', 'Lecomte', 'Ménard', 'Fleury', 'Deschamps',
  'Carpentier', 'Julien', 'Benoît', 'Paris', 'Maillard', 'Marchal', 'Aubry', 'Vasseur', 'Le Roux', 'Renault', 'Jacquet',
  'Collet', 'Prévost', 'Poirier', 'Charpentier', 'Royer', 'Huet', 'Baron', 'Dupuy', 'Pons', 'Paul', 'Laine', 'Carré', 'Breton',
  'Rémy', 'Schneider', 'Perrot', 'Guyot', 'Barre', 'Marty', 'Cousin', 'Le Goff', 'Tessier', 'Besson', 'Pelletier', 'Bouvier',
];

export interface PlantedNames {
  names: string[];
  /** [original row, planted near-duplicate row] */
  pairs: Array<[number, number]>;
}

/** `count` names: distinct people, then one planted near-duplicate for every `duplicateShare` of them. */
export function makePlantedNames(count: number, duplicateShare = 0.1, seed = 11): PlantedNames {
  const rng = createRandom(seed);
  const duplicates = Math.round(count * duplicateShare);
  const people = count - duplicates;
  const seen = new Set<string>();
  const names: string[] = [];
  while (names.length < people) {
    const compound = rng.next() < 0.25;
    const first = compound ? `${pick(rng, FIRST)}-${pick(rng, FIRST)}` : pick(rng, FIRST);
    const last = rng.next() < 0.15 ? `${pick(rng, LAST)}-${pick(rng, LAST)}` : pick(rng, LAST);
    const name = `${first} ${last}`;
    if (seen.has(fold(name))) continue;
    seen.add(fold(name));
    names.push(name);
  }
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < duplicates; k++) {
    const original = rng.int(people);
    pairs.push([original, names.length]);
    names.push(misspell(rng, names[original]));
  }
  return { names, pairs };
}

function pick(rng: Random, list: string[]): string {
  return list[rng.int(list.length)];
}

function fold(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]+/g, ' ').trim();
}

/** One of the slips a person or a form makes when typing a name again. */
function misspell(rng: Random, name: string): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  // Edits avoid the first letter of the name and any space or hyphen, like most typing slips.
  const at = () => {
    for (;;) {
      const i = 1 + rng.int(name.length - 2);
      if (/\p{L}/u.test(name[i]) && /\p{L}/u.test(name[i + 1] ?? 'a')) return i;
    }
  };
  switch (rng.int(6)) {
    case 0: return fold(name).toUpperCase();
    case 1: { const i = at(); return name.slice(0, i) + letters[rng.int(26)] + name.slice(i + 1); }
    case 2: { const i = at(); return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2); }
    case 3: { const i = at(); return name.slice(0, i) + name.slice(i + 1); }
    case 4: { const i = at(); return name.slice(0, i) + name[i] + name.slice(i); }
    default: {
      const space = name.indexOf(' ');
      return `${name.slice(space + 1)} ${name.slice(0, space)}`;
    }
  }
}
