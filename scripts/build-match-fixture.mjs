// Builds tests/fixtures/matching/catalog.json, the dataset list of the matching benchmark, in the
// app's own catalog format (docs/file-format.md, "Catalog file"), from real published metadata:
//
//   ../shared/data/cbs_85984NED_DataProperties.json   CBS table 85984NED "Kerncijfers wijken en
//       buurten 2024": every topic (Key, Title, Description, Unit) becomes one dataset.
//       Copy of niquedegraaff/Wikipedia-Generator-CBS-Kerncijfers-Wijken-en-Buurten,
//       2024/cbs_data/DataProperties.json @ 5598198273babd9816e156b4eeb43626f351a17f (data: CBS).
//   ../shared/data/ggm_export_objects_20022026-102917.csv   Gemeentelijk Gegevensmodel: the object
//       types (classes) of the social-domain and education domains become municipal registers.
//       Copy of Gemeente-Delft/Gemeentelijk-Gegevensmodel,
//       tools/output/ggm_export_objects_20022026-102917.csv @ d73ed4be5ed7ea5774a369a4de6dd16d902bd431.
//   ../shared/data/iv3_definities_Gemeente_2026.json   CBS Iv3 definitions 2026: every taakveld
//       (leaf of codelijsten.taakveld) becomes the municipality's yearly figures for that taakveld.
//       Copy of statistiekcbs/iv3_definities @ 9d77a88bfe1b939e405bfa4f3ccea83d712e99ef.
//   ../shared/data/utrecht_open_data_catalog_titles.tsv   the 180 titles of the Gemeente Utrecht
//       open-data catalogue (open.utrecht.nl), extract of Terminal-WOO/open-utrecht-datasets,
//       datasets.json @ ad4f74d84b96f02d1c64a19b617907b485e9de03.
//   assets/examples/catalogus-voorbeeldgemeente.json   the 33 datasets of the shipped example list,
//       copied unchanged.
//
// Run from anywhere: `node scripts/build-match-fixture.mjs [path/to/shared/data]`. No dependencies.
// The output is deterministic (datasets sorted by id, fixed field order, 2-space indentation, a
// trailing newline: the form `export_catalog` writes), so re-running it gives the same bytes.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = resolve(process.argv[2] ?? join(repo, '..', 'shared', 'data'));
const out = join(repo, 'tests', 'fixtures', 'matching', 'catalog.json');

const TITLE = 'Datasetlijst koppelbenchmark (CBS-kerncijfers, GGM-registers, Iv3-taakvelden, open data Utrecht, voorbeeldgemeente)';

// ---------------------------------------------------------------------------------------------
// Text helpers

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Definitions in the GGM export carry HTML (font tags, entities) and Markdown emphasis. */
function plain(text) {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&([a-z]+);/gi, (whole, name) => ENTITIES[name.toLowerCase()] ?? whole)
    .replace(/\*+/g, '')
    .replace(/[\u0000-\u001f\u007f\s]+/g, ' ')
    .replace(/ ([.,;:])/g, '$1')
    .trim();
}

function slug(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** RFC 4180 CSV (quoted fields may hold commas, doubled quotes and line breaks). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body
    .filter((r) => r.length > 1)
    .map((r) => Object.fromEntries(header.map((name, i) => [name, r[i] ?? ''])));
}

const readText = (path) => readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
const readJson = (path) => JSON.parse(readText(path));

/** A dataset in the file's field order; optional fields left out when empty, as the app writes. */
function dataset({ id, title, owner, source, variables, level, frequency, period, access, notes, assumed }) {
  const d = { id, title };
  if (owner) d.owner = owner;
  d.source = source;
  const vars = (variables ?? []).map(({ concept, aliases }) =>
    aliases && aliases.length > 0 ? { concept, aliases } : { concept },
  );
  if (vars.length > 0) d.variables = vars;
  d.level = level;
  d.frequency = frequency;
  if (period) d.period = period;
  d.access = access;
  if (notes) d.notes = notes;
  if (assumed && assumed.length > 0) d.assumed = assumed;
  return d;
}

// ---------------------------------------------------------------------------------------------
// CBS Kerncijfers wijken en buurten 2024: one dataset per topic

function cbsDatasets() {
  const properties = readJson(join(data, 'cbs_85984NED_DataProperties.json'));
  const byId = new Map(properties.map((p) => [p.ID, p]));
  const groupPath = (p) => {
    const path = [];
    for (let parent = byId.get(p.ParentID); parent; parent = byId.get(parent.ParentID)) {
      path.unshift(parent.Title.trim());
    }
    return path;
  };
  return properties
    .filter((p) => p.Type === 'Topic')
    .map((p) => {
      const title = p.Title.trim();
      const path = groupPath(p);
      const where = path.length > 0 ? `, ${path.join(' / ')}` : '';
      const description = plain(p.Description ?? '');
      const unit = (p.Unit ?? '').trim();
      const notes = [
        description,
        unit ? `Eenheid: ${unit}.` : '',
        'CBS StatLine tabel 85984NED; onderwerp, sleutel en toelichting uit de metadata (DataProperties) van de tabel.',
      ]
        .filter(Boolean)
        .join(' ');
      return dataset({
        id: `cbs-85984NED-${p.Key}`,
        title: `${title} (Kerncijfers wijken en buurten 2024${where})`,
        owner: 'Centraal Bureau voor de Statistiek',
        source: 'cbs',
        variables: [{ concept: title, aliases: [p.Key] }],
        level: 'neighbourhood',
        frequency: 'year',
        period: { from: 2024, to: 2024 },
        access: 'open',
        notes,
      });
    });
}

// ---------------------------------------------------------------------------------------------
// Gemeentelijk Gegevensmodel: object types of the social domain and education as registers

/** The domains taken, with the team that keeps their registers. */
const GGM_DOMAINS = {
  Schuldhulpverlening: 'Team Schuldhulpverlening',
  Vroegsignalering: 'Team Schuldhulpverlening',
  Werk: 'Team Werk',
  Inkomen: 'Team Inkomen',
  Inburgering: 'Team Inburgering',
  'Generiek Jeugd en Wmo': 'Team Wmo en Jeugd',
  'Sociaal Domein Generiek': 'Team Sociaal Domein',
  'Sociale Teams': 'Team Wijkteams',
  'Jeugdbescherming en reclassering': 'Team Jeugd',
  'Dak- en thuislozen': 'Team Maatschappelijke Opvang',
  'Leerplicht en Leerlingenvervoer': 'Team Leerplicht en Leerlingenvervoer',
  Onderwijs: 'Team Onderwijs',
};

/**
 * Object types that are not a register of their own: typologies and code lists (a municipal
 * dataset list names the register, not its lookup tables), objects without a definition, and
 * parts of another object.
 */
const GGM_SKIP = new Set([
  'Schuldhulpverlening/Begeleidingssoort',
  'Schuldhulpverlening/Oplossingssoort',
  'Schuldhulpverlening/Contactpersoon',
  'Vroegsignalering/Contactpersoon',
  'Werk/OpleidingsnaamGecodeerd',
  'Werk/OpleidingsnaamOngecodeerd',
  'Inkomen/ComponentSoort',
  'Inkomen/Huisvestingsoort',
  'Inkomen/Inkomensvoorzieningsoort',
  'Inkomen/Regelingsoort',
  'Generiek Jeugd en Wmo/Beperkingscategorie',
  'Generiek Jeugd en Wmo/Beperkingscoresoort',
  'Generiek Jeugd en Wmo/Beschikkingsoort',
  'Generiek Jeugd en Wmo/Scoresoort',
  'Generiek Jeugd en Wmo/Voorzieningsoort',
  'Sociaal Domein Generiek/Profiel',
  'Sociaal Domein Generiek/Relatiesoort',
  'Sociale Teams/Behandelsoort',
  'Sociale Teams/Bijzonderheidsoort',
  'Sociale Teams/Doelstellingsoort',
  'Sociale Teams/SociaalteamDossiersoort',
  'Jeugdbescherming en reclassering/Informering',
  'Onderwijs/Leerjaar',
  'Onderwijs/Loopbaanstap',
  'Onderwijs/Onderwijsniveau',
  'Onderwijs/Onderwijssoort',
]);

/**
 * Registers that are not about persons (organisations, places, money, the municipality's own
 * teams and tariffs): their finest level, how often they change, who may see them. Everything
 * else is a register of persons: monthly extractions of personal data, as the example list has.
 */
const GGM_NOT_PERSONAL = {
  'Schuldhulpverlening/Schuldeiser': ['municipality', 'month', 'internal'],
  'Schuldhulpverlening/Schuldhulporganisatie': ['municipality', 'year', 'internal'],
  'Vroegsignalering/Signaalpartner': ['municipality', 'year', 'internal'],
  'Vroegsignalering/AanleverendeOrganisatie': ['municipality', 'year', 'internal'],
  'Generiek Jeugd en Wmo/Budgetuitputting': ['municipality', 'month', 'internal'],
  'Generiek Jeugd en Wmo/Tarief': ['municipality', 'year', 'internal'],
  'Generiek Jeugd en Wmo/Team': ['municipality', 'year', 'internal'],
  'Generiek Jeugd en Wmo/Verplichting Wmo Jeugd': ['municipality', 'month', 'internal'],
  'Generiek Jeugd en Wmo/Voorziening': ['municipality', 'year', 'internal'],
  'Sociaal Domein Generiek/Leverancier': ['municipality', 'year', 'internal'],
  'Leerplicht en Leerlingenvervoer/Leerplichtambtenaar': ['municipality', 'year', 'internal'],
  'Leerplicht en Leerlingenvervoer/Vervoerder': ['municipality', 'year', 'internal'],
  'Onderwijs/School': ['address', 'year', 'open'],
  'Onderwijs/Locatie': ['address', 'year', 'internal'],
};

/** Vroegsignalering signals are handled within days, so that register is extracted weekly. */
const GGM_WEEKLY = new Set(['Vroegsignalering']);

function ggmDatasets() {
  const rows = parseCsv(readText(join(data, 'ggm_export_objects_20022026-102917.csv')));
  const picked = rows
    .map((r) => ({ name: plain(r['GGM-naam']), domain: r['domein-iv3'].trim(), row: r }))
    .filter(({ domain, row }) => row['GGM-uml-type'] === 'Class' && domain in GGM_DOMAINS)
    .filter(({ name, domain }) => !GGM_SKIP.has(`${domain}/${name}`));
  const seen = new Map();
  for (const { name } of picked) seen.set(slug(name), (seen.get(slug(name)) ?? 0) + 1);
  return picked.map(({ name, domain, row }) => {
    const key = `${domain}/${name}`;
    // An object name used in two domains (Vrijstelling, Ontheffing, Leefgebied) names both.
    const id = seen.get(slug(name)) > 1 ? `ggm-${slug(name)}-${slug(domain)}` : `ggm-${slug(name)}`;
    const [level, frequency, access] =
      GGM_NOT_PERSONAL[key] ?? ['person', GGM_WEEKLY.has(domain) ? 'week' : 'month', 'personal'];
    const definition = plain(row['GGM-definitie']);
    const synonyms = plain(row['GGM-synoniemen'] ?? '');
    const notes = [
      definition,
      `Objecttype uit het Gemeentelijk Gegevensmodel, domein ${domain}.`,
      access === 'personal' ? 'Persoonsgegevens: alleen met doelbinding of geaggregeerd gebruiken.' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return dataset({
      id,
      title: `${domain}: ${name}`,
      owner: GGM_DOMAINS[domain],
      source: 'municipality',
      variables: [{ concept: name, aliases: synonyms ? [synonyms] : [] }],
      level,
      frequency,
      access,
      notes,
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Iv3 taakvelden: the municipality's yearly income and expenditure per taakveld

function iv3Datasets() {
  const definitions = readJson(join(data, 'iv3_definities_Gemeente_2026.json'));
  const out = [];
  const walk = (node, main) => {
    for (const sub of node.subcodes ?? []) {
      if (sub.subcodes && sub.subcodes.length > 0) {
        walk(sub, `${sub.code} ${sub.omschrijving.trim()}`);
      } else {
        const name = sub.omschrijving.trim();
        out.push(
          dataset({
            id: `iv3-${sub.code}`,
            title: `Iv3 taakveld ${sub.code} ${name}: lasten en baten`,
            owner: 'Afdeling Financiën',
            source: 'municipality',
            variables: [{ concept: name, aliases: [`Taakveld ${sub.code}`] }],
            level: 'municipality',
            frequency: 'year',
            access: 'open',
            notes: `Lasten en baten van de gemeente op taakveld ${sub.code} (hoofdtaakveld ${main}), volgens de Iv3-definities voor gemeenten, boekjaar 2026 (versie 2.1). Jaarrekening en begroting zijn openbaar.`,
          }),
        );
      }
    }
  };
  for (const root of definitions.codelijsten.taakveld.codelijst) walk(root, '');
  return out;
}

// ---------------------------------------------------------------------------------------------
// Utrecht open data: titles only

function utrechtDatasets() {
  const [, ...lines] = readText(join(data, 'utrecht_open_data_catalog_titles.tsv')).split(/\r?\n/);
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [slugId, rawTitle] = line.split('\t');
      const title = rawTitle.trim();
      return dataset({
        // The catalogue's own id, without the dashes its slugs leave at the ends.
        id: `utrecht-${slug(slugId)}`,
        title,
        owner: 'Gemeente Utrecht',
        source: 'municipality',
        variables: [{ concept: title }],
        // The extract holds titles only, so level and frequency are what an import assumes.
        level: 'municipality',
        frequency: 'year',
        access: 'open',
        notes: 'Titel uit de open-datacatalogus van de gemeente Utrecht (open.utrecht.nl); beschrijving, gebiedsniveau en frequentie staan niet in het uittreksel.',
        assumed: ['level', 'frequency'],
      });
    });
}

// ---------------------------------------------------------------------------------------------
// The shipped example list, unchanged

function exampleDatasets() {
  return readJson(join(repo, 'assets', 'examples', 'catalogus-voorbeeldgemeente.json')).datasets.map(dataset);
}

// ---------------------------------------------------------------------------------------------

const datasets = [...cbsDatasets(), ...ggmDatasets(), ...iv3Datasets(), ...utrechtDatasets(), ...exampleDatasets()];
const ids = new Set();
for (const d of datasets) {
  if (ids.has(d.id)) throw new Error(`dataset id used twice: ${d.id}`);
  if (d.id.length > 100) throw new Error(`dataset id longer than 100 characters: ${d.id}`);
  ids.add(d.id);
}
// Byte order of the ids, as the app's BTreeMap keeps them (all ids here are ASCII).
datasets.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const file = { format: 'redeneerlijn-catalog', version: 1, title: TITLE, datasets };
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
const count = (prefix) => datasets.filter((d) => d.id.startsWith(prefix)).length;
console.log(
  `${out}: ${datasets.length} datasets (cbs-85984NED-* ${count('cbs-85984NED-')}, ggm-* ${count('ggm-')}, ` +
    `iv3-* ${count('iv3-')}, utrecht-* ${count('utrecht-')}, example ${datasets.length - count('cbs-85984NED-') - count('ggm-') - count('iv3-') - count('utrecht-')})`,
);
