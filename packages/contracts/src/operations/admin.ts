import { Type } from '@sinclair/typebox';
import { CreateDeviceBody, CreatedDevice, CreateUserBody, Device, DeviceList, StaffUser, StaffUserList, UpdateUserBody } from '../admin.ts';
import {
  ConfigCounter,
  ConfigCounterList,
  ConfigLawArea,
  ConfigLawAreaList,
  ConfigLocation,
  ConfigLocationList,
  ConfigPriorityClass,
  ConfigPriorityClassList,
  CreateCounterBody,
  CreateLawAreaBody,
  CreateLocationBody,
  CreatePriorityClassBody,
  RuleValues,
  SetOpeningHoursBody,
  UpdateCounterBody,
  UpdateLawAreaBody,
  UpdateLocationBody,
  UpdatePriorityClassBody,
  UpdateRuleValuesBody,
  UpdateServiceConfigBody,
} from '../admin-config.ts';
import { IdParams } from '../common.ts';
import { CreateServiceBody, Service, ServiceList } from '../queue.ts';
import { access, defineOperation } from './define.ts';

// Staff users and devices
const tags = ['admin'];

export const listUsers = defineOperation({
  operationId: 'listUsers',
  method: 'GET',
  path: '/api/admin/users',
  tags,
  summary: 'Staff users of the municipality',
  access: access.admin,
  responses: { 200: StaffUserList },
  errors: [],
});

export const getUser = defineOperation({
  operationId: 'getUser',
  method: 'GET',
  path: '/api/admin/users/:id',
  tags,
  summary: 'One staff user',
  access: access.admin,
  params: IdParams,
  responses: { 200: StaffUser },
  errors: ['not-found'],
});

export const createUser = defineOperation({
  operationId: 'createUser',
  method: 'POST',
  path: '/api/admin/users',
  tags,
  summary: 'Create a staff user with an initial password (at least 12 characters)',
  access: access.admin,
  body: CreateUserBody,
  responses: { 201: StaffUser },
  errors: ['weak-password', 'unknown-location', 'username-taken'],
});

export const updateUser = defineOperation({
  operationId: 'updateUser',
  method: 'PATCH',
  path: '/api/admin/users/:id',
  tags,
  summary: 'Change name, role, locations or disable a user (disabling ends their sessions)',
  access: access.admin,
  params: IdParams,
  body: UpdateUserBody,
  responses: { 200: StaffUser },
  errors: ['not-found', 'cannot-demote-self', 'unknown-location'],
});

export const listDevices = defineOperation({
  operationId: 'listDevices',
  method: 'GET',
  path: '/api/admin/devices',
  tags,
  summary: 'Kiosks and call displays of the municipality',
  access: access.admin,
  responses: { 200: DeviceList },
  errors: [],
});

export const createDevice = defineOperation({
  operationId: 'createDevice',
  method: 'POST',
  path: '/api/admin/devices',
  tags,
  summary: 'Register a kiosk or call display; the key is shown only in this answer',
  access: access.admin,
  body: CreateDeviceBody,
  responses: { 201: CreatedDevice },
  errors: ['unknown-location'],
});

export const revokeDevice = defineOperation({
  operationId: 'revokeDevice',
  method: 'POST',
  path: '/api/admin/devices/:id/revoke',
  tags,
  summary: 'Revoke a device: its key and its tokens stop working at once',
  access: access.admin,
  params: IdParams,
  responses: { 200: Device },
  errors: ['not-found'],
});

// The municipality's configuration (admins only; another municipality's rows are 404). Every change is audited.
const configTags = ['admin-config'];

export const listConfigLocations = defineOperation({
  operationId: 'listConfigLocations',
  method: 'GET',
  path: '/api/admin/config/locations',
  tags: configTags,
  summary: 'Locations with their weekly hours or timetable',
  access: access.admin,
  responses: { 200: ConfigLocationList },
  errors: [],
});

export const createConfigLocation = defineOperation({
  operationId: 'createConfigLocation',
  method: 'POST',
  path: '/api/admin/config/locations',
  tags: configTags,
  summary: 'Add an office or a mobile stop',
  access: access.admin,
  body: CreateLocationBody,
  responses: { 201: ConfigLocation },
  errors: [],
});

export const updateConfigLocation = defineOperation({
  operationId: 'updateConfigLocation',
  method: 'PATCH',
  path: '/api/admin/config/locations/:id',
  tags: configTags,
  summary: "Change a location's name, kind or address",
  access: access.admin,
  params: IdParams,
  body: UpdateLocationBody,
  responses: { 200: ConfigLocation },
  errors: ['not-found'],
});

export const setConfigOpeningHours = defineOperation({
  operationId: 'setConfigOpeningHours',
  method: 'PUT',
  path: '/api/admin/config/locations/:id/opening-hours',
  tags: configTags,
  summary: 'Replace the weekly hours (a mobile stop: its timetable with places); no overlaps',
  access: access.admin,
  params: IdParams,
  body: SetOpeningHoursBody,
  responses: { 200: ConfigLocation },
  errors: ['not-found', 'invalid-opening-hours'],
});

export const listConfigCounters = defineOperation({
  operationId: 'listConfigCounters',
  method: 'GET',
  path: '/api/admin/config/counters',
  tags: configTags,
  summary: 'Every counter of the municipality, inactive ones too',
  access: access.admin,
  responses: { 200: ConfigCounterList },
  errors: [],
});

export const createConfigCounter = defineOperation({
  operationId: 'createConfigCounter',
  method: 'POST',
  path: '/api/admin/config/counters',
  tags: configTags,
  summary: 'Add a counter at a location',
  access: access.admin,
  body: CreateCounterBody,
  responses: { 201: ConfigCounter },
  errors: ['not-found', 'counter-name-taken'],
});

export const updateConfigCounter = defineOperation({
  operationId: 'updateConfigCounter',
  method: 'PATCH',
  path: '/api/admin/config/counters/:id',
  tags: configTags,
  summary: 'Rename or (de)activate a counter',
  access: access.admin,
  params: IdParams,
  body: UpdateCounterBody,
  responses: { 200: ConfigCounter },
  errors: ['not-found', 'counter-occupied', 'counter-name-taken'],
});

export const deleteConfigCounter = defineOperation({
  operationId: 'deleteConfigCounter',
  method: 'DELETE',
  path: '/api/admin/config/counters/:id',
  tags: configTags,
  summary: 'Delete a counter no ticket refers to (otherwise 409: deactivate it)',
  access: access.admin,
  params: IdParams,
  responses: { 204: Type.Null() },
  errors: ['not-found', 'counter-in-use'],
});

export const listConfigServices = defineOperation({
  operationId: 'listConfigServices',
  method: 'GET',
  path: '/api/admin/config/services',
  tags: configTags,
  summary: 'Every service, closed ones too, in kiosk order',
  access: access.admin,
  responses: { 200: ServiceList },
  errors: [],
});

export const createConfigService = defineOperation({
  operationId: 'createConfigService',
  method: 'POST',
  path: '/api/admin/config/services',
  tags: configTags,
  summary: 'Add a service (prefix letter unique in the municipality)',
  access: access.admin,
  body: CreateServiceBody,
  responses: { 201: Service },
  errors: ['invalid-config', 'service-prefix-taken', 'service-code-taken'],
});

export const updateConfigService = defineOperation({
  operationId: 'updateConfigService',
  method: 'PATCH',
  path: '/api/admin/config/services/:id',
  tags: configTags,
  summary: 'Change a service, its prefix letter included',
  access: access.admin,
  params: IdParams,
  body: UpdateServiceConfigBody,
  responses: { 200: Service },
  errors: ['not-found', 'invalid-config', 'service-prefix-taken'],
});

export const listConfigPriorityClasses = defineOperation({
  operationId: 'listConfigPriorityClasses',
  method: 'GET',
  path: '/api/admin/config/priority-classes',
  tags: configTags,
  summary: 'Every priority class, inactive ones too',
  access: access.admin,
  responses: { 200: ConfigPriorityClassList },
  errors: [],
});

export const createConfigPriorityClass = defineOperation({
  operationId: 'createConfigPriorityClass',
  method: 'POST',
  path: '/api/admin/config/priority-classes',
  tags: configTags,
  summary: 'Add a priority class (head start at most the fairness bound)',
  access: access.admin,
  body: CreatePriorityClassBody,
  responses: { 201: ConfigPriorityClass },
  errors: ['invalid-config', 'priority-code-taken'],
});

export const updateConfigPriorityClass = defineOperation({
  operationId: 'updateConfigPriorityClass',
  method: 'PATCH',
  path: '/api/admin/config/priority-classes/:id',
  tags: configTags,
  summary: 'Change a priority class',
  access: access.admin,
  params: IdParams,
  body: UpdatePriorityClassBody,
  responses: { 200: ConfigPriorityClass },
  errors: ['not-found', 'invalid-config'],
});

export const listConfigLawAreas = defineOperation({
  operationId: 'listConfigLawAreas',
  method: 'GET',
  path: '/api/admin/config/law-areas',
  tags: configTags,
  summary: 'Every law area, inactive ones too',
  access: access.admin,
  responses: { 200: ConfigLawAreaList },
  errors: [],
});

export const createConfigLawArea = defineOperation({
  operationId: 'createConfigLawArea',
  method: 'POST',
  path: '/api/admin/config/law-areas',
  tags: configTags,
  summary: 'Add a law area',
  access: access.admin,
  body: CreateLawAreaBody,
  responses: { 201: ConfigLawArea },
  errors: ['law-area-code-taken'],
});

export const updateConfigLawArea = defineOperation({
  operationId: 'updateConfigLawArea',
  method: 'PATCH',
  path: '/api/admin/config/law-areas/:id',
  tags: configTags,
  summary: 'Change a law area (names, UDK flag, appeal body, active)',
  access: access.admin,
  params: IdParams,
  body: UpdateLawAreaBody,
  responses: { 200: ConfigLawArea },
  errors: ['not-found'],
});

export const getRuleValues = defineOperation({
  operationId: 'getRuleValues',
  method: 'GET',
  path: '/api/admin/config/rules',
  tags: configTags,
  summary: 'The configurable rule values ("Regelværdier")',
  access: access.admin,
  responses: { 200: RuleValues },
  errors: [],
});

export const updateRuleValues = defineOperation({
  operationId: 'updateRuleValues',
  method: 'PATCH',
  path: '/api/admin/config/rules',
  tags: configTags,
  summary: 'Change some rule values (one audit record)',
  access: access.admin,
  body: UpdateRuleValuesBody,
  responses: { 200: RuleValues },
  errors: ['invalid-rule-values'],
});
