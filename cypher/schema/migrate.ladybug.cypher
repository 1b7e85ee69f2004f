// Embedded engine schema. Idempotent: every statement uses IF NOT EXISTS.
// Entity: people, clubs, national teams and stadiums (column `type`); Fact: every dated, sourced
// statement about them; Source: articles, datasets and editors; Squad: a team in one season, the
// connector that path queries cross.
// Two copies kept for reads (the engine walks a fact's ABOUTs and reads a fact's kind slowly on
// big graphs): Fact.refs lists what the fact is about (JSON [[role, id], …]; one string: list
// columns read ~10× slower than a string on LadybugDB 0.19), and ABOUT.kind
// is the kind of the fact it leaves. Both are written with the facts and ABOUTs (see
// write/refresh-fact-refs); graphs made before they existed get them once at start-up
// (src/graph/fact-refs.ts).
CREATE NODE TABLE IF NOT EXISTS Entity(id STRING PRIMARY KEY, type STRING, name STRING, fullName STRING, shortName STRING, nameNl STRING, nameFr STRING, nameEn STRING, nicknames STRING[], aliases STRING[], city STRING, country STRING, birthText STRING, birthPrecision STRING, nationalities STRING[], positions STRING[], searchText STRING, details STRING, status STRING, updatedAt STRING);
CREATE NODE TABLE IF NOT EXISTS Fact(id STRING PRIMARY KEY, kind STRING, type STRING, startText STRING, startPrecision STRING, startLo STRING, endText STRING, endPrecision STRING, endHi STRING, details STRING, status STRING, confidence DOUBLE, updatedAt STRING, refs STRING);
CREATE NODE TABLE IF NOT EXISTS Source(id STRING PRIMARY KEY, kind STRING, name STRING, title STRING, outlet STRING, language STRING, publishedText STRING, publishedPrecision STRING, citedOutlets STRING[], licence STRING, author STRING, url STRING, details STRING, updatedAt STRING);
CREATE NODE TABLE IF NOT EXISTS Squad(id STRING PRIMARY KEY, teamId STRING, season STRING, seasonLo STRING, seasonHi STRING);
CREATE NODE TABLE IF NOT EXISTS Meta(key STRING PRIMARY KEY, value STRING);
CREATE REL TABLE IF NOT EXISTS ABOUT(FROM Fact TO Entity, FROM Fact TO Fact, role STRING, kind STRING);
CREATE REL TABLE IF NOT EXISTS CITES(FROM Fact TO Source, FROM Entity TO Source, detail STRING, teaser BOOLEAN, confidence DOUBLE);
CREATE REL TABLE IF NOT EXISTS SQUAD_OF(FROM Squad TO Entity);
CREATE REL TABLE IF NOT EXISTS LINK(FROM Entity TO Squad, FROM Entity TO Fact, role STRING, factId STRING, lo STRING, hi STRING);
CREATE NODE TABLE IF NOT EXISTS Audit(id STRING PRIMARY KEY, at STRING, editor STRING, action STRING, subjectId STRING, reason STRING, before STRING, after STRING);
ALTER TABLE Fact ADD IF NOT EXISTS refs STRING;
ALTER TABLE ABOUT ADD IF NOT EXISTS kind STRING;
