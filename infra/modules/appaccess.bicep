// Everything the Function App's identity may touch, and nothing more:
//   host account: Storage Blob Data Owner (the Functions docs require it for AzureWebJobsStorage, i.e. timer
//     locks, keys, the deployment package) and Storage Table Data Contributor (the host's diagnostic events);
//   data account: blobs of $web only, written only under stats/ (the statistics pages);
//   data account: each table the app uses, one assignment per table, nothing account-wide.
import { roles, webContainerOnly, statsPathOnly } from 'roles.bicep'

@description('Object id of the Function App\'s system-assigned identity.')
param principalId string

@description('The Function App, to make each assignment\'s name unique to it.')
param functionAppName string

@description('Data account ($web and the tables).')
param dataAccountName string

@description('Tables of the data account the app reads and writes.')
param tableNames array

@description('The Functions host\'s own account (AzureWebJobsStorage and the deployment container).')
param hostAccountName string

resource site 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource dataAccount 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: dataAccountName
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' existing = {
  parent: dataAccount
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' existing = [for table in tableNames: {
  parent: tableService
  name: table
}]

resource hostAccount 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: hostAccountName
}

resource hostBlobs 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(hostAccount.id, site.id, roles.storageBlobDataOwner)
  scope: hostAccount
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataOwner)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

resource hostTables 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(hostAccount.id, site.id, roles.storageTableDataContributor)
  scope: hostAccount
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// Pages are read from $web; statistics pages are written under $web/stats/. The built-in role also
// carries container management, which no condition can narrow (see docs/operations.md). The name is
// the earlier account-wide assignment's: a redeploy narrows that one instead of adding a second.
resource webBlobs 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(dataAccount.id, site.id, roles.storageBlobDataContributor)
  scope: dataAccount
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
    principalId: principalId
    principalType: 'ServicePrincipal'
    condition: '${webContainerOnly} AND ${statsPathOnly}'
    conditionVersion: '2.0'
    description: 'Reads the pages in $web; writes the statistics pages under $web/stats/ only.'
  }
}

resource tableAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (table, i) in tableNames: {
  name: guid(tables[i].id, site.id, roles.storageTableDataContributor)
  scope: tables[i]
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}]
