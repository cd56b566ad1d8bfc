// Rules that read meaning from a column's name: ages, money amounts, identifiers and personal data
// (names, e-mails, phones, addresses, IBANs), in English and French spellings.

/** Lower case, accents off, every run of non-letters turned into one underscore. */
export function normaliseColumnName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

const words = (name: string) => normaliseColumnName(name).split('_').filter((w) => w !== '');

/** age, âge, customer_age, age_years: the plausible range is 0 to 120. */
export function isAgeColumn(name: string): boolean {
  return words(name).includes('age');
}

const AMOUNT_WORDS = new Set(['spend', 'spent', 'amount', 'price', 'prix', 'montant', 'total', 'revenue', 'revenues', 'ca', 'basket', 'panier', 'sales', 'turnover', 'cost']);

/** Money amounts, which cannot be negative: total_spend_eur, montant, prix, CA, revenue. */
export function isAmountColumn(name: string): boolean {
  return words(name).some((w) => AMOUNT_WORDS.has(w));
}

const IDENTIFIER_WORDS = new Set(['id', 'uuid', 'guid', 'key', 'code', 'ref', 'reference', 'identifiant', 'identifier', 'no', 'num', 'number', 'numero']);

/** customer_id, client_code, ref, numero_client: a name that says "identifier". */
export function hasIdentifierName(name: string): boolean {
  const w = words(name);
  if (w.length === 0) return false;
  // "id" anywhere (id_client, customer_id); the other words only at the end (zip_code is not an id, though).
  if (w.includes('id')) return true;
  const last = w[w.length - 1];
  return IDENTIFIER_WORDS.has(last) && !w.includes('zip') && !w.includes('postal') && !w.includes('phone');
}

export type PersonalDataKind = 'e-mail' | 'phone number' | 'person name' | 'postal address' | 'IBAN';

const NAME_COLUMNS = new Set([
  'name', 'first_name', 'firstname', 'last_name', 'lastname', 'full_name', 'fullname', 'surname', 'given_name',
  'nom', 'prenom', 'nom_complet', 'nom_prenom', 'prenom_nom', 'contact', 'contact_name', 'customer_name',
  'client_name', 'nom_client', 'person', 'person_name', 'middle_name', 'nom_de_famille', 'maiden_name',
]);
const EMAIL_COLUMNS = new Set(['email', 'e_mail', 'mail', 'courriel', 'email_address', 'adresse_mail', 'adresse_email', 'adresse_e_mail']);
const PHONE_WORDS = new Set(['phone', 'telephone', 'tel', 'mobile', 'portable', 'gsm', 'cellphone', 'fax']);
const ADDRESS_WORDS = new Set(['address', 'adresse', 'street', 'rue', 'voie']);

/** The personal data a column's name announces, or null. email_open_rate is a rate, not an e-mail. */
export function personalDataByName(name: string): PersonalDataKind | null {
  const normalised = normaliseColumnName(name);
  const w = words(name);
  if (EMAIL_COLUMNS.has(normalised)) return 'e-mail';
  if (NAME_COLUMNS.has(normalised)) return 'person name';
  if (w.length <= 3 && w.some((x) => PHONE_WORDS.has(x)) && !w.includes('rate') && !w.includes('count')) return 'phone number';
  if (w.includes('iban')) return 'IBAN';
  if (w.length <= 3 && w.some((x) => ADDRESS_WORDS.has(x)) && !w.includes('ip') && !w.includes('mail') && !w.includes('email')) return 'postal address';
  return null;
}
