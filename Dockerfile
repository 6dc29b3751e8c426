# Production-style image: the API serving the built SPA, against an external PostgreSQL (see docker-compose.yml).
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
RUN npm install -g pnpm@10.34.9
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.base.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/contracts/package.json packages/contracts/
COPY packages/domain/package.json packages/domain/
COPY db/package.json db/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm build
USER node
EXPOSE 3000
# The API runs its TypeScript through tsx (no separate compile step); migrations are applied on start.
CMD ["pnpm", "--filter", "@skranke/api", "start"]
