// Writes public/demo/customers.csv: 5,000 customers of a fictional French retailer with six planted
// behavioural groups, a little missing data and a few outliers. Seeded and deterministic: `npm run make:demo`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED = 20250630;
const CUSTOMERS = 5000;
const REFERENCE_DAY = Date.UTC(2025, 5, 30);
const DAY_MS = 86_400_000;

/** mulberry32: small, fast, good enough for synthetic data. */
function createRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => {
    const u = Math.max(next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  const pick = (weighted) => {
    const total = weighted.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [value, w] of weighted) if ((r -= w) < 0) return value;
    return weighted[weighted.length - 1][0];
  };
  return { next, normal, pick };
}

// Regions weighted roughly by population, each with some of its large cities.
const REGIONS = [
  ['Île-de-France', 18.5, ['Paris', 'Boulogne-Billancourt', 'Saint-Denis', 'Versailles', 'Argenteuil', 'Montreuil']],
  ['Auvergne-Rhône-Alpes', 12, ['Lyon', 'Grenoble', 'Saint-Étienne', 'Clermont-Ferrand', 'Annecy', 'Villeurbanne']],
  ['Nouvelle-Aquitaine', 9, ['Bordeaux', 'Limoges', 'Poitiers', 'Pau', 'La Rochelle']],
  ['Occitanie', 9, ['Toulouse', 'Montpellier', 'Nîmes', 'Perpignan', 'Béziers']],
  ['Hauts-de-France', 9, ['Lille', 'Amiens', 'Roubaix', 'Tourcoing', 'Dunkerque']],
  ["Provence-Alpes-Côte d'Azur", 7.5, ['Marseille', 'Nice', 'Toulon', 'Aix-en-Provence', 'Avignon']],
  ['Grand Est', 8, ['Strasbourg', 'Reims', 'Metz', 'Mulhouse', 'Nancy']],
  ['Pays de la Loire', 5.7, ['Nantes', 'Angers', 'Le Mans', 'Saint-Nazaire']],
  ['Normandie', 5, ['Rouen', 'Caen', 'Le Havre', 'Cherbourg-en-Cotentin']],
  ['Bretagne', 5, ['Rennes', 'Brest', 'Quimper', 'Lorient', 'Vannes']],
  ['Bourgogne-Franche-Comté', 4.2, ['Dijon', 'Besançon', 'Belfort', 'Chalon-sur-Saône']],
  ['Centre-Val de Loire', 3.8, ['Tours', 'Orléans', 'Bourges', 'Blois']],
  ['Corse', 0.5, ['Ajaccio', 'Bastia']],
];

const CATEGORIES = ['Maison', 'Mode', 'Beauté', 'High-Tech', 'Sport', 'Jouets', 'Épicerie fine', 'Livres'];

// The planted behavioural groups: [mean, sd] per measure, plus shares and habits.
const GROUPS = [
  { name: 'loyal big spenders', share: 12, age: [48, 9], orders: [18, 3], basket: [95, 15], recency: [10, 6], sessions: [9, 2],
    open: [0.55, 0.08], click: [0.12, 0.03], tenureYears: [6, 2], loyalty: 0.9, newsletter: 0.8, categories: [3, 2, 3, 3, 1, 1, 3, 1] },
  { name: 'bargain hunters', share: 22, age: [38, 9], orders: [12, 3], basket: [25, 5], recency: [20, 10], sessions: [14, 3],
    open: [0.45, 0.08], click: [0.16, 0.04], tenureYears: [3, 1.5], loyalty: 0.5, newsletter: 0.85, categories: [2, 4, 2, 1, 2, 2, 1, 1] },
  { name: 'lapsed', share: 20, age: [55, 10], orders: [0.5, 0.6], basket: [55, 15], recency: [320, 50], sessions: [0.8, 0.5],
    open: [0.06, 0.03], click: [0.006, 0.004], tenureYears: [7, 2.5], loyalty: 0.25, newsletter: 0.3, categories: [3, 2, 1, 1, 1, 1, 1, 2] },
  { name: 'new digital', share: 16, age: [26, 4], orders: [3, 1], basket: [45, 10], recency: [15, 8], sessions: [22, 4],
    open: [0.3, 0.08], click: [0.08, 0.03], tenureYears: [0.5, 0.3], loyalty: 0.2, newsletter: 0.6, categories: [1, 3, 2, 4, 2, 0.5, 0.5, 1] },
  { name: 'occasional gift buyers', share: 18, age: [45, 10], orders: [2, 0.8], basket: [130, 25], recency: [150, 35], sessions: [2, 1],
    open: [0.18, 0.05], click: [0.03, 0.01], tenureYears: [4, 2.5], loyalty: 0.3, newsletter: 0.4, categories: [1, 1, 3, 2, 1, 4, 3, 2] },
  { name: 'engaged browsers', share: 12, age: [33, 8], orders: [2.5, 1], basket: [38, 10], recency: [60, 20], sessions: [30, 5],
    open: [0.7, 0.08], click: [0.25, 0.04], tenureYears: [2.5, 1.5], loyalty: 0.4, newsletter: 0.9, categories: [2, 3, 2, 2, 1, 1, 1, 3] },
];

const HEADER = ['customer_id', 'age', 'gender', 'region', 'city', 'signup_date', 'orders_12m', 'total_spend_eur', 'avg_basket_eur',
  'days_since_last_purchase', 'web_sessions_per_month', 'email_open_rate', 'click_rate', 'favourite_category', 'loyalty_member',
  'newsletter_opt_in'];

function clamp(x, lo, hi) {
  return Math.min(hi, Math.max(lo, x));
}

function makeCustomer(rng, index) {
  const group = rng.pick(GROUPS.map((g) => [g, g.share]));
  const draw = ([mean, sd]) => mean + sd * rng.normal();
  const [region, , cities] = rng.pick(REGIONS.map((r) => [r, r[1]]));
  const age = Math.round(clamp(draw(group.age), 18, 92));
  const orders = Math.max(group.name === 'lapsed' ? 0 : 1, Math.round(draw(group.orders)));
  const basket = clamp(draw(group.basket), 8, 400);
  const total = orders * basket * (0.9 + 0.2 * rng.next());
  const recency = Math.round(clamp(draw(group.recency), 0, 720));
  const tenureDays = Math.round(clamp(draw(group.tenureYears), 0.02, 15) * 365.25);
  const open = clamp(draw(group.open), 0, 1);
  const click = clamp(Math.min(draw(group.click), open), 0, 1);
  return {
    customer_id: `C${String(index + 1).padStart(6, '0')}`,
    age,
    gender: rng.pick([['F', 54], ['M', 45], ['X', 1]]),
    region,
    city: cities[Math.floor(rng.next() * cities.length)],
    signup_date: new Date(REFERENCE_DAY - tenureDays * DAY_MS).toISOString().slice(0, 10),
    orders_12m: orders,
    total_spend_eur: total.toFixed(2),
    avg_basket_eur: orders > 0 ? basket.toFixed(2) : '',
    days_since_last_purchase: Math.max(recency, orders === 0 ? 366 : 0),
    web_sessions_per_month: Math.max(0, draw(group.sessions)).toFixed(1),
    email_open_rate: open.toFixed(2),
    click_rate: click.toFixed(3),
    favourite_category: rng.pick(CATEGORIES.map((c, k) => [c, group.categories[k]])),
    loyalty_member: rng.next() < group.loyalty ? 'yes' : 'no',
    newsletter_opt_in: rng.next() < group.newsletter ? 'yes' : 'no',
  };
}

/** Blanks a few cells (2-4 %) in some columns, the way real CRM exports have gaps. */
function addMissingValues(rng, customers) {
  const rates = { age: 0.03, gender: 0.025, city: 0.02, email_open_rate: 0.035, web_sessions_per_month: 0.02 };
  for (const customer of customers) {
    for (const [column, rate] of Object.entries(rates)) if (rng.next() < rate) customer[column] = '';
    // An unknown open rate means the click rate is unknown too.
    if (customer.email_open_rate === '') customer.click_rate = '';
  }
}

/** A handful of data-entry oddities an analyst should spot in the profile. */
function addOutliers(customers) {
  customers[1234].total_spend_eur = '48750.00';
  customers[1234].orders_12m = 61;
  customers[1234].avg_basket_eur = '799.18';
  customers[3021].total_spend_eur = '23999.90';
  customers[417].age = 0;
  customers[2890].age = 0;
  customers[4455].age = 130;
}

function csvField(value) {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const rng = createRng(SEED);
const customers = Array.from({ length: CUSTOMERS }, (_, i) => makeCustomer(rng, i));
addMissingValues(rng, customers);
addOutliers(customers);
const lines = [HEADER.join(','), ...customers.map((c) => HEADER.map((h) => csvField(c[h])).join(','))];
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'demo', 'customers.csv');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join('\n') + '\n', 'utf8');
console.log(`wrote ${out}: ${customers.length} customers`);
