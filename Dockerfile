# Multi-stage build: the same install and build commands CI runs (npm install, vite build).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY client/package.json client/
COPY scripts/package.json scripts/
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build:client

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
EXPOSE 8080
USER node
# NEO4J_URI is always set under compose, so start.ts does not boot a local Neo4j.
CMD ["npx", "tsx", "scripts/src/start.ts"]
