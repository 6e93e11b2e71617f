// The security headers of infra/security-headers.json on every answer Front Door gives, pages and functions alike:
// the static website cannot set headers of its own. One rule set, its rules without conditions (they match every
// request), at most five header actions each (Front Door's limit per rule).

@description('Name of the Front Door profile the rule set belongs to.')
param profileName string

var headers = loadJsonContent('../security-headers.json').headers
var names = map(items(headers), h => h.key)
var actionsPerRule = 5
var ruleCount = (length(names) + actionsPerRule - 1) / actionsPerRule

resource profile 'Microsoft.Cdn/profiles@2024-09-01' existing = {
  name: profileName
}

resource ruleSet 'Microsoft.Cdn/profiles/ruleSets@2024-09-01' = {
  parent: profile
  name: 'securityheaders'
}

resource rules 'Microsoft.Cdn/profiles/ruleSets/rules@2024-09-01' = [for i in range(0, ruleCount): {
  parent: ruleSet
  name: 'headers${i}'
  properties: {
    order: i + 1
    matchProcessingBehavior: 'Continue'
    conditions: []
    actions: map(take(skip(names, i * actionsPerRule), actionsPerRule), name => {
      name: 'ModifyResponseHeader'
      parameters: {
        typeName: 'DeliveryRuleHeaderActionParameters'
        headerAction: 'Overwrite'
        headerName: name
        value: headers[name]
      }
    })
  }
}]

@description('The rule set to list first on every route.')
output ruleSetId string = ruleSet.id
