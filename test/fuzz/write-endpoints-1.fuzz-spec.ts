import { fuzzWriteEndpoints } from './write-endpoints.js';

fuzzWriteEndpoints(0, 2);
