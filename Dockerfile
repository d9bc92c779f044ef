# Multi-stage build. The build stage installs everything (`npm ci`, as CI does) and builds the
# explorer; the runtime stage installs only production dependencies (`npm ci --omit=dev`) and
# copies in the built client and the TypeScript sources, which tsx (a server dependency) runs.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY client/package.json client/
COPY scripts/package.json scripts/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:client

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY client/package.json client/
COPY scripts/package.json scripts/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY server/ server/
COPY scripts/src/ scripts/src/
COPY scripts/tsconfig.json scripts/
COPY tsconfig.base.json ./
COPY seeds/ seeds/
COPY --from=build /app/client/dist client/dist
EXPOSE 8080
USER node
# node is PID 1 and runs the server itself (no npm/npx in between), so SIGTERM from
# `docker stop` reaches main.ts, which finishes in-flight requests and closes the driver.
CMD ["node", "--import", "tsx", "server/src/main.ts"]
