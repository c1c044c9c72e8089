import { fuzzWriteEndpoints } from './write-endpoints.js';

fuzzWriteEndpoints(1, 2);
