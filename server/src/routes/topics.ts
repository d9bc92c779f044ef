/**
 * The story view.
 * GET /api/topics: what statements are about, most discussed first.
 * GET /api/topics/:id/statements: every statement about one topic by date.
 */
import {
  DEFAULT_TOPIC,
  TopicParams,
  TopicStatementsResponse,
  TopicsResponse,
} from '../contracts/api';
import { readTopicStatements, readTopics } from '../db/story-repository';
import { route } from './route';

export const topics = route({
  method: 'get',
  cache: 'graph',
  path: '/api/topics',
  summary: 'Topics that statements are about, most discussed first',
  response: TopicsResponse,
  handle: (_input, { db }) => readTopics(db),
});

export const topicStatements = route({
  method: 'get',
  cache: 'graph',
  path: '/api/topics/:id/statements',
  summary: `Every statement (reported, said, denied, dismissed, ...) about a topic, dated ones by statement date, undated ones apart; default topic in the explorer: ${DEFAULT_TOPIC}`,
  params: TopicParams,
  response: TopicStatementsResponse,
  errors: ['not_found'],
  handle: ({ params }, { db }) => readTopicStatements(db, params.id),
});
