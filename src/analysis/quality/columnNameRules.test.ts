// Tests the meaning read from column names: ages, amounts, identifiers and personal data, in English
// and French, and the names that must not be taken for personal data (email_open_rate).
import { describe, expect, it } from 'vitest';
import { hasIdentifierName, isAgeColumn, isAmountColumn, personalDataByName } from './columnNameRules';

describe('column name rules', () => {
  it('reads ages and amounts', () => {
    expect(['age', 'Âge', 'customer_age', 'AGE (years)'].map(isAgeColumn)).toEqual([true, true, true, true]);
    expect(['page_views', 'agency', 'stage'].map(isAgeColumn)).toEqual([false, false, false]);
    expect(['total_spend_eur', 'Montant TTC', 'price', 'CA 2024', 'revenue'].map(isAmountColumn)).toEqual([true, true, true, true, true]);
    expect(['cart_abandon', 'orders_12m', 'capital_city'].map(isAmountColumn)).toEqual([false, false, false]);
  });

  it('reads identifiers', () => {
    expect(['customer_id', 'ID', 'id_client', 'order_ref', 'Code client'].map(hasIdentifierName)).toEqual([true, true, true, true, false]);
    expect(['client_code', 'zip_code', 'phone_number', 'idea'].map(hasIdentifierName)).toEqual([true, false, false, false]);
  });

  it('reads personal data, not rates or counts about it', () => {
    expect(personalDataByName('E-mail')).toBe('e-mail');
    expect(personalDataByName('email_open_rate')).toBeNull();
    expect(personalDataByName('Prénom')).toBe('person name');
    expect(personalDataByName('last_name')).toBe('person name');
    expect(personalDataByName('product_name')).toBeNull();
    expect(personalDataByName('Téléphone portable')).toBe('phone number');
    expect(personalDataByName('IBAN')).toBe('IBAN');
    expect(personalDataByName('Adresse postale')).toBe('postal address');
    expect(personalDataByName('ip_address')).toBeNull();
  });
});
