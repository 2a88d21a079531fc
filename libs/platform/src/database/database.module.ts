import './pg-types';
import { Module } from '@nestjs/common';
import { ConfigModule, type ConfigType } from '@nestjs/config';
import { TypeOrmModule, getDataSourceToken, type TypeOrmModuleOptions } from '@nestjs/typeorm';
import { ClsModule } from 'nestjs-cls';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { databaseConfig } from '../config/database.config';
import { EmbeddedPostgres } from './embedded-postgres';
import { migrations } from './migrations';
import { ResilientTransactionalAdapter } from './resilient-transactions';
import { runMigrations } from './run-migrations';

type EmbeddableOptions = TypeOrmModuleOptions & { embeddedDataDir?: string; embeddedSharedBuffers?: string };

/**
 * One dialect everywhere: PostgreSQL through `pg`, either a server (DATABASE_URL) or the
 * embedded PGlite. Migrations run before anything is served; `synchronize` is never used.
 */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      imports: [ConfigModule.forFeature(databaseConfig)],
      inject: [databaseConfig.KEY],
      useFactory: (config: ConfigType<typeof databaseConfig>): EmbeddableOptions => ({
        type: 'postgres',
        embeddedDataDir: config.url ? undefined : config.embeddedDataDir,
        embeddedSharedBuffers: config.url ? undefined : config.embeddedSharedBuffers,
        ...(config.url ? { url: config.url } : {}),
        autoLoadEntities: true,
        migrations,
        migrationsRun: false,
        synchronize: false,
        // PGlite has no uuid-ossp; ids come from gen_random_uuid() or the application.
        installExtensions: false,
        extra: { max: config.url ? config.poolSize : 1 },
      }),
      dataSourceFactory: async (options) => {
        const { embeddedDataDir, embeddedSharedBuffers, ...dataSourceOptions } = options as EmbeddableOptions;
        const embedded =
          embeddedDataDir && embeddedSharedBuffers
            ? await EmbeddedPostgres.start(embeddedDataDir, embeddedSharedBuffers)
            : undefined;
        const dataSource = new DataSource({ ...dataSourceOptions, ...embedded?.connection } as DataSourceOptions);
        await dataSource.initialize();
        if (embedded) {
          // The embedded server lives exactly as long as the data source that uses it.
          const destroy = dataSource.destroy.bind(dataSource);
          dataSource.destroy = async () => {
            await destroy();
            await embedded.stop();
          };
        }
        await runMigrations(dataSource, embedded === undefined);
        return dataSource;
      },
    }),
    ClsModule.forRoot({
      global: true,
      middleware: { mount: true },
      plugins: [
        new ClsPluginTransactional({
          imports: [TypeOrmModule],
          adapter: new ResilientTransactionalAdapter({ dataSourceToken: getDataSourceToken() }),
        }),
      ],
    }),
  ],
})
export class DatabaseModule {}
