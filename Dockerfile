# Production image: the API serving the built SPA, against an external PostgreSQL (see docker-compose.yml).
# Two stages: `build` installs everything and builds the SPA; the final stage installs production dependencies only
# (no Vite, no test tools, and no embedded PostgreSQL: `embedded-postgres` is a development dependency of @skranke/db)
# and runs as the unprivileged `node` user. Checked by apps/api/test/deployment.test.ts, and rehearsed without a
# Docker engine by apps/api/test/image-rehearsal.test.ts (every instruction of the final stage, then the CMD).

FROM node:22-bookworm-slim AS base
ENV PNPM_HOME=/pnpm
ENV PATH=/pnpm:$PATH
RUN npm install -g pnpm@10.34.9
WORKDIR /app
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc tsconfig.base.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/contracts/package.json packages/contracts/
COPY packages/domain/package.json packages/domain/
COPY db/package.json db/

FROM base AS build
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm build

FROM base AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
# The API and the workspace packages it uses (not the SPA's React & co.: the SPA arrives built).
RUN pnpm install --prod --frozen-lockfile --filter "@skranke/api..." && rm -rf /root/.cache /root/.local/share/pnpm
# Only what runs: the TypeScript sources (run through tsx), the migrations and SQL, and the built SPA.
COPY apps/api/tsconfig.json apps/api/
COPY apps/api/src apps/api/src
COPY db/src db/src
COPY db/migrations db/migrations
COPY db/sql db/sql
COPY packages/contracts/src packages/contracts/src
COPY packages/domain/src packages/domain/src
COPY --from=build /app/apps/web/dist apps/web/dist
USER node
WORKDIR /app/apps/api
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
# node itself is PID 1's child of the container's init (compose: init: true) and gets SIGTERM for a graceful stop;
# migrations are applied on start. `node --import tsx src/cli/maintenance.ts` is `pnpm maintenance`.
CMD ["node", "--import", "tsx", "src/server.ts"]
