// YiwuGraph: 8 nodes, 11 relationships.
// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" -d neo4j -f graph.cypher
// Idempotent: running it again changes nothing. Needs Neo4j 5.7 or later.

// Schema: a uniqueness constraint on key per label and per relationship type, and the cjk full-text index.
CREATE CONSTRAINT article_key IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT place_key IF NOT EXISTS FOR (n:Place) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT held_at_key IF NOT EXISTS FOR ()-[r:HELD_AT]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT holds_position_key IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT located_in_key IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT mentions_key IF NOT EXISTS FOR ()-[r:MENTIONS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT organized_key IF NOT EXISTS FOR ()-[r:ORGANIZED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT participated_in_key IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT part_of_key IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT reported_key IF NOT EXISTS FOR ()-[r:REPORTED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT reported_in_key IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT signed_with_key IF NOT EXISTS FOR ()-[r:SIGNED_WITH]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT wrote_key IF NOT EXISTS FOR ()-[r:WROTE]-() REQUIRE r.key IS UNIQUE;
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organization|Place|Event) ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// Article: 2 nodes.
UNWIND [
  {key: 'article:000_a.txt#0', props: {date: '2024-01-05', index: 0, key: 'article:000_a.txt#0', source: '000_a.txt', summary: '第一行\n第二行\t\'引号\' "双引号" 反斜杠\\', title: '义乌市召开经济工作会议'}},
  {key: 'article:001_b.txt#0', props: {date: '2024-02-10', index: 0, key: 'article:001_b.txt#0', source: '001_b.txt', title: '“小商品”走向世界'}}
] AS row
MERGE (n:Article {key: row.key})
SET n = row.props
RETURN count(n) AS merged;

// Person: 2 nodes.
UNWIND [
  {key: 'person:AnnaO\'Neil', props: {key: 'person:AnnaO\'Neil', name: 'Anna O\'Neil', score: 1.0, verified: true}},
  {key: 'person:叶帮锐', props: {aliases: ['叶书记', '帮锐'], key: 'person:叶帮锐', mentions: 3, name: '叶帮锐'}}
] AS row
MERGE (n:Person {key: row.key})
SET n += row.props
RETURN count(n) AS merged;

// Organization: 1 nodes.
UNWIND [
  {key: 'org:义乌市经信局', props: {aliases: ['经信局'], key: 'org:义乌市经信局', name: '义乌市经信局'}}
] AS row
MERGE (n:Organization {key: row.key})
SET n += row.props
RETURN count(n) AS merged;

// Place: 2 nodes.
UNWIND [
  {key: 'place:义乌市', props: {key: 'place:义乌市', name: '义乌市'}},
  {key: 'place:稠城街道', props: {key: 'place:稠城街道', name: '稠城街道'}}
] AS row
MERGE (n:Place {key: row.key})
SET n += row.props
RETURN count(n) AS merged;

// Event: 1 nodes.
UNWIND [
  {key: 'event:2024-01-05经济工作会议', props: {date: '2024-01-05', key: 'event:2024-01-05经济工作会议', kind: 'meeting', name: '2024-01-05 经济工作会议'}}
] AS row
MERGE (n:Event {key: row.key})
SET n += row.props
RETURN count(n) AS merged;

// HELD_AT from Event to Place: 1 relationships.
UNWIND [
  {key: 'HELD_AT|event:2024-01-05经济工作会议|place:稠城街道', props: {articles: ['article:000_a.txt#0'], evidenceArticles: ['article:000_a.txt#0'], evidenceEnds: [47], evidenceSnippets: ['在稠城街道'], evidenceSources: ['000_a.txt'], evidenceStarts: [41], key: 'HELD_AT|event:2024-01-05经济工作会议|place:稠城街道'}, source: 'event:2024-01-05经济工作会议', target: 'place:稠城街道'}
] AS row
MATCH (a:Event {key: row.source})
MATCH (b:Place {key: row.target})
MERGE (a)-[r:HELD_AT {key: row.key}]->(b)
SET r += row.props
RETURN count(r) AS merged;

// HOLDS_POSITION from Person to Organization: 1 relationships.
UNWIND [
  {key: 'HOLDS_POSITION|person:叶帮锐|org:义乌市经信局|局长', props: {articles: ['article:000_a.txt#0', 'article:001_b.txt#0'], confidence: 0.9, evidenceArticles: ['article:000_a.txt#0', 'article:001_b.txt#0'], evidenceEnds: [20, 30], evidenceSnippets: ['义乌市经信局局长叶帮锐', '经信局局长叶帮锐'], evidenceSources: ['000_a.txt', '001_b.txt'], evidenceStarts: [10, 20], key: 'HOLDS_POSITION|person:叶帮锐|org:义乌市经信局|局长', title: '局长'}, source: 'person:叶帮锐', target: 'org:义乌市经信局'}
] AS row
MATCH (a:Person {key: row.source})
MATCH (b:Organization {key: row.target})
MERGE (a)-[r:HOLDS_POSITION {key: row.key}]->(b)
SET r += row.props
RETURN count(r) AS merged;

// LOCATED_IN from Organization to Place: 1 relationships.
UNWIND [
  {key: 'LOCATED_IN|org:义乌市经信局|place:稠城街道', props: {articles: ['article:000_a.txt#0'], evidenceArticles: ['article:000_a.txt#0'], evidenceEnds: [58], evidenceSnippets: ['位于稠城街道'], evidenceSources: ['000_a.txt'], evidenceStarts: [50], key: 'LOCATED_IN|org:义乌市经信局|place:稠城街道'}, source: 'org:义乌市经信局', target: 'place:稠城街道'}
] AS row
MATCH (a:Organization {key: row.source})
MATCH (b:Place {key: row.target})
MERGE (a)-[r:LOCATED_IN {key: row.key}]->(b)
SET r += row.props
RETURN count(r) AS merged;

// MENTIONS from Article to Person: 3 relationships.
UNWIND [
  {key: 'MENTIONS|article:000_a.txt#0|person:叶帮锐', props: {articles: ['article:000_a.txt#0'], evidenceArticles: ['article:000_a.txt#0'], evidenceEnds: [13], evidenceSnippets: ['叶帮锐'], evidenceSources: ['000_a.txt'], evidenceStarts: [10], key: 'MENTIONS|article:000_a.txt#0|person:叶帮锐'}, source: 'article:000_a.txt#0', target: 'person:叶帮锐'},
  {key: 'MENTIONS|article:001_b.txt#0|person:AnnaO\'Neil', props: {articles: ['article:001_b.txt#0'], evidenceArticles: ['article:001_b.txt#0'], evidenceEnds: [15], evidenceSnippets: ['Anna O\'Neil'], evidenceSources: ['001_b.txt'], evidenceStarts: [4], key: 'MENTIONS|article:001_b.txt#0|person:AnnaO\'Neil'}, source: 'article:001_b.txt#0', target: 'person:AnnaO\'Neil'}
] AS row
MATCH (a:Article {key: row.source})
MATCH (b:Person {key: row.target})
MERGE (a)-[r:MENTIONS {key: row.key}]->(b)
SET r += row.props
RETURN count(r) AS merged;
UNWIND [
  {key: 'MENTIONS|article:001_b.txt#0|person:叶帮锐', props: {articles: ['article:001_b.txt#0'], evidenceArticles: ['article:001_b.txt#0'], evidenceEnds: [23], evidenceSnippets: ['叶帮锐'], evidenceSources: ['001_b.txt'], evidenceStarts: [20], key: 'MENTIONS|article:001_b.txt#0|person:叶帮锐'}, source: 'article:001_b.txt#0', target: 'person:叶帮锐'}
] AS row
MATCH (a:Article {key: row.source})
MATCH (b:Person {key: row.target})
MERGE (a)-[r:MENTIONS {key: row.key}]->(b)
SET r += row.props
RETURN count(r) AS merged;

// ORGANIZED from Organization to Event: 1 relationships.
UNWIND [
  {key: 'ORGANIZED|org:义乌市经信局|event:2024-01-05经济工作会议', props: {articles: ['article:000_a.txt#0'], evidenceArticles: ['article:000_a.txt#0'], evidenceEnds: [9], evidenceSnippets: ['经信局组织'], evidenceSources: ['000_a.txt'], evidenceStarts: [0], key: 'ORGANIZED|org:义乌市经信局|event:2024-01-05经济工作会议'}, source: 'org:义乌市经信局', target: 'event:2024-01-05经济工作会议'}
] AS row
MATCH (a:Organization {key: row.source})
MATCH (b:Event {key: row.target})
MERGE (a)-[r:ORGANIZED {key: row.key}]->(b)
SET r += row.props
RETURN count(r) AS merged;

// PARTICIPATED_IN from Person to Event: 2 relationships.
UNWIND [
  {key: 'PARTICIPATED_IN|person:AnnaO\'Neil|event:2024-01-05经济工作会议', props: {articles: ['article:001_b.txt#0'], evidenceArticles: ['article:001_b.txt#0'], evidenceEnds: [52], evidenceSnippets: ['Anna O\'Neil 出席'], evidenceSources: ['001_b.txt'], evidenceStarts: [40], key: 'PARTICIPATED_IN|person:AnnaO\'Neil|event:2024-01-05经济工作会议'}, source: 'person:AnnaO\'Neil', target: 'event:2024-01-05经济工作会议'},
  {key: 'PARTICIPATED_IN|person:叶帮锐|event:2024-01-05经济工作会议|主持', props: {articles: ['article:000_a.txt#0'], evidenceArticles: ['article:000_a.txt#0'], evidenceEnds: [40], evidenceSnippets: ['叶帮锐主持会议'], evidenceSources: ['000_a.txt'], evidenceStarts: [30], key: 'PARTICIPATED_IN|person:叶帮锐|event:2024-01-05经济工作会议|主持', role: '主持'}, source: 'person:叶帮锐', target: 'event:2024-01-05经济工作会议'}
] AS row
MATCH (a:Person {key: row.source})
MATCH (b:Event {key: row.target})
MERGE (a)-[r:PARTICIPATED_IN {key: row.key}]->(b)
SET r += row.props
RETURN count(r) AS merged;

// PART_OF from Place to Place: 1 relationships.
UNWIND [
  {key: 'PART_OF|place:稠城街道|place:义乌市', props: {articles: null, evidenceArticles: null, evidenceEnds: null, evidenceSnippets: null, evidenceSources: null, evidenceStarts: null, key: 'PART_OF|place:稠城街道|place:义乌市'}, source: 'place:稠城街道', target: 'place:义乌市'}
] AS row
MATCH (a:Place {key: row.source})
MATCH (b:Place {key: row.target})
MERGE (a)-[r:PART_OF {key: row.key}]->(b)
SET r += row.props
RETURN count(r) AS merged;

// REPORTED_IN from Event to Article: 1 relationships.
UNWIND [
  {key: 'REPORTED_IN|event:2024-01-05经济工作会议|article:000_a.txt#0', props: {articles: ['article:000_a.txt#0'], evidenceArticles: ['article:000_a.txt#0'], evidenceEnds: [12], evidenceSnippets: ['义乌市召开经济工作会议'], evidenceSources: ['000_a.txt'], evidenceStarts: [0], key: 'REPORTED_IN|event:2024-01-05经济工作会议|article:000_a.txt#0'}, source: 'event:2024-01-05经济工作会议', target: 'article:000_a.txt#0'}
] AS row
MATCH (a:Event {key: row.source})
MATCH (b:Article {key: row.target})
MERGE (a)-[r:REPORTED_IN {key: row.key}]->(b)
SET r += row.props
RETURN count(r) AS merged;
