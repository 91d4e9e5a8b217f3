export function activate() {} 
