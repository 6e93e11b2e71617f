// Key Vault (RBAC) holding the visitor-hash secret, read by the Function App through a Key Vault reference.
// The secret is written only when a value is passed, so ordinary deploys never rotate it.

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

@description('Key Vault name.')
output vaultName string = vault.name

@description('Versionless secret URI: the app follows rotations after a restart.')
output visitorSecretUri string = '${vault.properties.vaultUri}secrets/${secretName}'
