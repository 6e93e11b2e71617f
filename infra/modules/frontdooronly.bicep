// The Function App answers only requests that came through this Front Door profile: nobody can
// bypass the edge, so the client address Front Door sets (X-Azure-SocketIP, read by the app through
// Forwarding__ClientAddressHeader) can be trusted. Deployment (the scm site) is not restricted: the
// workflow's OIDC login deploys there.

@description('Function App to restrict.')
param functionAppName string

@description('The Front Door profile id (X-Azure-FDID) allowed through.')
param frontDoorId string

resource site 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource web 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'web'
  properties: {
    ipSecurityRestrictionsDefaultAction: 'Deny'
    ipSecurityRestrictions: [
      {
        name: 'front-door-only'
        action: 'Allow'
        priority: 100
        tag: 'ServiceTag'
        ipAddress: 'AzureFrontDoor.Backend'
        headers: {
          'x-azure-fdid': [
            frontDoorId
          ]
        }
      }
    ]
    scmIpSecurityRestrictionsUseMain: false
  }
}
