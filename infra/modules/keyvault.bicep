// Key Vault (RBAC) holding the visitor-hash secret, read by the Function App through a Key Vault reference.
// The secret is written only when a value is passed, so ordinary deploys never rotate it. Everything
// about this secret is here and in one app setting (Privacy__VisitorSecret), so it can go as one piece.
import { roles } from 'roles.bicep'

@description('Product name used in resource names.')
param name string

@description('Unique suffix for globally named resources.')
param suffix string

@description('Azure region.')
param location string

@description('New value for the visitor-hash secret; empty keeps the current one.')
@secure()
param visitorSecret string

@description('Name of the secret in the vault.')
param secretName string = 'visitor-secret'

@description('Function App whose identity reads the secret.')
param functionAppName string

@description('Object id of that identity.')
param appPrincipalId string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take('kv${name}${suffix}', 24)
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    publicNetworkAccess: 'Enabled'
  }
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(visitorSecret)) {
  parent: vault
  name: secretName
  properties: {
    value: visitorSecret
    contentType: 'visitor-hash key (rotate: see docs/operations.md, Operating notes)'
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

// Named as before the role moved here, so an existing assignment is kept, not duplicated.
resource secretReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, site.id, roles.keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

@description('Key Vault name.')
output vaultName string = vault.name

@description('Versionless secret URI: the app follows rotations after a restart.')
output visitorSecretUri string = '${vault.properties.vaultUri}secrets/${secretName}'
