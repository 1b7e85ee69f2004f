// Country names as the datasets write them (English, sometimes German or dated) → the codes the
// graph stores: ISO 3166-1 alpha-2, GB-ENG/GB-SCT/GB-WLS/GB-NIR for the home nations, and
// ISO 3166-3 codes for countries that no longer exist.
import { fold } from './names';

const CODES: Record<string, string> = {
  afghanistan: 'AF', albania: 'AL', algeria: 'DZ', andorra: 'AD', angola: 'AO', anguilla: 'AI',
  'antigua and barbuda': 'AG', argentina: 'AR', armenia: 'AM', aruba: 'AW', australia: 'AU', austria: 'AT',
  azerbaijan: 'AZ', bahrain: 'BH', bangladesh: 'BD', barbados: 'BB', belarus: 'BY', belgium: 'BE', benin: 'BJ',
  bermuda: 'BM', bolivia: 'BO', 'bosnia herzegovina': 'BA', 'bosnia and herzegovina': 'BA', brazil: 'BR',
  'brunei darussalam': 'BN', bulgaria: 'BG', 'burkina faso': 'BF', burundi: 'BI', cambodia: 'KH', cameroon: 'CM',
  canada: 'CA', 'cape verde': 'CV', 'cayman islands': 'KY', 'central african republic': 'CF', chad: 'TD',
  chile: 'CL', china: 'CN', 'chinese taipei taiwan': 'TW', 'chinese taipei': 'TW', colombia: 'CO', comoros: 'KM',
  congo: 'CG', 'costa rica': 'CR', 'cote d ivoire': 'CI', 'ivory coast': 'CI', croatia: 'HR', cuba: 'CU',
  curacao: 'CW', cyprus: 'CY', 'czech republic': 'CZ', czechia: 'CZ', czechoslovakia: 'CSHH', 'dr congo': 'CD',
  zaire: 'ZRCD', denmark: 'DK', 'dominican republic': 'DO', 'dutch east indies': 'ID', ecuador: 'EC', egypt: 'EG',
  'el salvador': 'SV', england: 'GB-ENG', 'equatorial guinea': 'GQ', eritrea: 'ER', estonia: 'EE', ethiopia: 'ET',
  'faroe islands': 'FO', finland: 'FI', france: 'FR', 'french guiana': 'GF', gabon: 'GA', georgia: 'GE',
  germany: 'DE', 'west germany': 'DE', 'east germany': 'DDDE', ghana: 'GH', gibraltar: 'GI', greece: 'GR',
  grenada: 'GD', guadeloupe: 'GP', guatemala: 'GT', guernsey: 'GG', guinea: 'GN', 'guinea bissau': 'GW',
  guyana: 'GY', haiti: 'HT', honduras: 'HN', hongkong: 'HK', 'hong kong': 'HK', hungary: 'HU', iceland: 'IS',
  india: 'IN', indonesia: 'ID', iran: 'IR', iraq: 'IQ', ireland: 'IE', 'republic of ireland': 'IE', israel: 'IL',
  italy: 'IT', jamaica: 'JM', japan: 'JP', jersey: 'JE', jordan: 'JO', 'jugoslawien sfr': 'YUCS', yugoslavia: 'YUCS',
  kazakhstan: 'KZ', kenya: 'KE', 'korea north': 'KP', 'north korea': 'KP', 'korea south': 'KR', 'south korea': 'KR',
  kosovo: 'XK', kuwait: 'KW', kyrgyzstan: 'KG', latvia: 'LV', lebanon: 'LB', liberia: 'LR', libya: 'LY',
  liechtenstein: 'LI', lithuania: 'LT', luxembourg: 'LU', macao: 'MO', madagascar: 'MG', malawi: 'MW',
  malaysia: 'MY', mali: 'ML', malta: 'MT', martinique: 'MQ', mauritania: 'MR', mauritius: 'MU', mexico: 'MX',
  moldova: 'MD', monaco: 'MC', montenegro: 'ME', montserrat: 'MS', morocco: 'MA', mozambique: 'MZ', namibia: 'NA',
  neukaledonien: 'NC', 'new caledonia': 'NC', netherlands: 'NL', 'new zealand': 'NZ', niger: 'NE', nigeria: 'NG',
  'north macedonia': 'MK', 'northern ireland': 'GB-NIR', norway: 'NO', oman: 'OM', osttimor: 'TL', 'east timor': 'TL',
  pakistan: 'PK', palastina: 'PS', palestine: 'PS', panama: 'PA', paraguay: 'PY', peru: 'PE', philippines: 'PH',
  poland: 'PL', portugal: 'PT', qatar: 'QA', reunion: 'RE', romania: 'RO', russia: 'RU', 'soviet union': 'SUHH',
  rwanda: 'RW', 'saint martin': 'MF', 'san marino': 'SM', 'sao tome and principe': 'ST', 'saudi arabia': 'SA',
  scotland: 'GB-SCT', senegal: 'SN', serbia: 'RS', 'serbia and montenegro': 'CSXX', seychelles: 'SC',
  'sierra leone': 'SL', singapore: 'SG', slovakia: 'SK', slovenia: 'SI', somalia: 'SO', 'south africa': 'ZA',
  spain: 'ES', 'st kitts nevis': 'KN', 'st lucia': 'LC', 'st vincent grenadinen': 'VC', sudan: 'SD', suriname: 'SR',
  sweden: 'SE', switzerland: 'CH', syria: 'SY', tahiti: 'PF', tajikistan: 'TJ', tanzania: 'TZ', thailand: 'TH',
  'the gambia': 'GM', gambia: 'GM', togo: 'TG', 'trinidad and tobago': 'TT', tunisia: 'TN', turkey: 'TR',
  turkmenistan: 'TM', uganda: 'UG', ukraine: 'UA', 'united arab emirates': 'AE', 'united states': 'US',
  uruguay: 'UY', uzbekistan: 'UZ', venezuela: 'VE', vietnam: 'VN', wales: 'GB-WLS', yemen: 'YE', zambia: 'ZM',
  zimbabwe: 'ZW',
};

/** The code for a country name, or null when the name is empty, `N/A` or not known. */
export function countryCode(name: string | null | undefined): string | null {
  if (!name) return null;
  const key = fold(name);
  if (key === '' || key === 'n a') return null;
  return CODES[key] ?? null;
}

/** The ten leagues of the transfermarkt-transfers dataset and the country their clubs play in. */
const LEAGUE_COUNTRY: Record<string, string> = {
  'jupiler pro league': 'BE',
  'premier league': 'GB-ENG',
  'serie a': 'IT',
  'primeira liga': 'PT',
  'ligue 1': 'FR',
  laliga: 'ES',
  'la liga': 'ES',
  eredivisie: 'NL',
  'premier liga': 'RU',
  '1 bundesliga': 'DE',
  bundesliga: 'DE',
  'scottish premiership': 'GB-SCT',
};

export function leagueCountry(league: string): string | null {
  return LEAGUE_COUNTRY[fold(league)] ?? null;
}
