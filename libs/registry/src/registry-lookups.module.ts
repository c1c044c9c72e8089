import { Module } from '@nestjs/common';
import { ConsortiumLookup } from './application/consortium/consortium-lookup.js';
import { ParticipationLookup } from './application/participation/participation.use-cases.js';

/**
 * The registry's read ports for the other contexts' worker modules (the list on a date, a
 * consortium's state, member participation): imported, never re-declared as their own providers.
 */
@Module({ providers: [ConsortiumLookup, ParticipationLookup], exports: [ConsortiumLookup, ParticipationLookup] })
export class RegistryLookupsModule {}
